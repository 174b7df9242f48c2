namespace SinoRussia.Nlp.Entities.Training;

/// <summary>One pre-tokenised sentence with gold entities, read from a training or evaluation file.</summary>
public sealed class AnnotatedSentence
{
    /// <summary>Creates a sentence.</summary>
    /// <param name="tokens">The tokens, in order; none empty.</param>
    /// <param name="entities">Non-overlapping entities over the tokens.</param>
    /// <param name="source">The file the sentence came from (for messages).</param>
    /// <param name="line">The 1-based line where the sentence starts.</param>
    /// <exception cref="ArgumentException">A token is empty or an entity is out of range or overlapping.</exception>
    public AnnotatedSentence(IReadOnlyList<string> tokens, IReadOnlyList<AnnotatedSpan> entities, string source = "", int line = 0)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(entities);
        var previousEnd = 0;
        foreach (var e in entities.OrderBy(e => e.TokenStart))
        {
            if (e.TokenStart < previousEnd || e.TokenEnd <= e.TokenStart || e.TokenEnd > tokens.Count || string.IsNullOrEmpty(e.Label))
            {
                throw new ArgumentException($"{source}:{line}: entity [{e.TokenStart}, {e.TokenEnd}) '{e.Label}' is empty, overlapping or outside the {tokens.Count} tokens.", nameof(entities));
            }

            previousEnd = e.TokenEnd;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (string.IsNullOrEmpty(tokens[i]))
            {
                throw new ArgumentException($"{source}:{line}: token {i} is empty.", nameof(tokens));
            }
        }

        Tokens = tokens;
        Entities = [.. entities.OrderBy(e => e.TokenStart)];
        Source = source;
        Line = line;
    }

    /// <summary>Gets the tokens.</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>Gets the gold entities, ordered by start.</summary>
    public IReadOnlyList<AnnotatedSpan> Entities { get; }

    /// <summary>Gets the file the sentence came from.</summary>
    public string Source { get; }

    /// <summary>Gets the 1-based line where the sentence starts in <see cref="Source"/>.</summary>
    public int Line { get; }

    /// <summary>Gets or sets the document the sentence belongs to (JSONL <c>doc_id</c>), when the data says; consecutive sentences
    /// with the same id can be evaluated as one document.</summary>
    /// <value><see langword="null"/> when unknown.</value>
    public string? DocumentId { get; set; }
}
