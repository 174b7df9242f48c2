namespace SinoRussia.Nlp.Pipeline;

/// <summary>Thrown (or reported in a <see cref="DocumentResult"/>) when a component fails on a document.</summary>
public sealed class PipelineComponentException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="componentName">The component that failed.</param>
    /// <param name="documentIndex">The document's position in its batch, or 0 for a single document.</param>
    /// <param name="innerException">What the component threw.</param>
    public PipelineComponentException(string componentName, int documentIndex, Exception innerException)
        : base($"Component '{componentName}' failed on document {documentIndex}: {innerException.Message}", innerException)
    {
        ComponentName = componentName;
        DocumentIndex = documentIndex;
    }

    /// <summary>Gets the name of the component that failed.</summary>
    public string ComponentName { get; }

    /// <summary>Gets the document's position in its batch.</summary>
    public int DocumentIndex { get; }
}
