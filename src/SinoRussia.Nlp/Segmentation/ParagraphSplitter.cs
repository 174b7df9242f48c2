using System.Runtime.InteropServices;
using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Pipeline;

namespace SinoRussia.Nlp.Segmentation;

/// <summary>
/// Splits a tokenised document into paragraphs: blocks separated by blank lines, or, when the text has no blank
/// line at all, its single lines.
/// </summary>
/// <remarks>Requires tokens; produces paragraphs. Thread-safe.</remarks>
/// <example>
/// <code>var pipeline = new NlpPipelineBuilder().AddTokenizer().AddParagraphSplitter().AddSentenceSplitter().Build();</code>
/// </example>
public sealed class ParagraphSplitter : IPipelineComponent
{
    private static readonly AnnotationLayer[] RequiredLayers = [AnnotationLayer.Tokens];
    private static readonly AnnotationLayer[] ProducedLayers = [AnnotationLayer.Paragraphs];

    /// <inheritdoc />
    public string Name => "paragraphs";

    /// <inheritdoc />
    public IReadOnlyList<AnnotationLayer> Requires => RequiredLayers;

    /// <inheritdoc />
    public IReadOnlyList<AnnotationLayer> Produces => ProducedLayers;

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var ranges = ParagraphBoundaries.Compute(document);
        document.SetParagraphs(CollectionsMarshal.AsSpan(ranges));
    }
}
