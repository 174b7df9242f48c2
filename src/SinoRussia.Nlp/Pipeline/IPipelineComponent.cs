using SinoRussia.Nlp.Documents;

namespace SinoRussia.Nlp.Pipeline;

/// <summary>
/// One stage of an <see cref="NlpPipeline"/>: reads some annotation layers of a document and adds others.
/// </summary>
/// <remarks>
/// Implementations must be thread-safe: a built pipeline calls <see cref="Process"/> from many threads at once,
/// each call with its own document. The work is CPU-bound and synchronous.
/// </remarks>
public interface IPipelineComponent
{
    /// <summary>Gets the component's name, used in errors and logs.</summary>
    string Name { get; }

    /// <summary>Gets the layers that earlier components must have produced.</summary>
    IReadOnlyList<AnnotationLayer> Requires { get; }

    /// <summary>Gets the layers this component adds to a document.</summary>
    IReadOnlyList<AnnotationLayer> Produces { get; }

    /// <summary>Annotates <paramref name="document"/>.</summary>
    /// <param name="document">A document that carries every layer in <see cref="Requires"/>.</param>
    void Process(Document document);
}
