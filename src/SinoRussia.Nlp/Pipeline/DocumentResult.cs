using System.Diagnostics.CodeAnalysis;
using SinoRussia.Nlp.Documents;

namespace SinoRussia.Nlp.Pipeline;

/// <summary>The outcome of one document of a batch: the annotated document, or the error that stopped it.</summary>
public sealed class DocumentResult
{
    private DocumentResult(int index, Document? document, Exception? error)
    {
        Index = index;
        Document = document;
        Error = error;
    }

    /// <summary>Gets the document's position in the input sequence.</summary>
    public int Index { get; }

    /// <summary>Gets the annotated document, or <see langword="null"/> when processing failed.</summary>
    public Document? Document { get; }

    /// <summary>Gets the error, or <see langword="null"/> on success. Component failures are <see cref="PipelineComponentException"/>.</summary>
    public Exception? Error { get; }

    /// <summary>Gets a value indicating whether the document was processed.</summary>
    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    /// <summary>Gets the name of the component that failed, or <see langword="null"/>.</summary>
    public string? FailedComponent => (Error as PipelineComponentException)?.ComponentName;

    internal static DocumentResult Success(int index, Document document) => new(index, document, null);

    internal static DocumentResult Failure(int index, Exception error) => new(index, null, error);
}
