namespace SinoRussia.Nlp.Corpora;

/// <summary>One sentence of a CoNLL-U file: its comments of interest and its surface tokens.</summary>
public sealed class ConlluSentence
{
    /// <summary>Creates a sentence.</summary>
    /// <param name="id">The <c># sent_id</c> value, or <see langword="null"/>.</param>
    /// <param name="text">The <c># text</c> value, or <see langword="null"/> when the file has none.</param>
    /// <param name="startsDocument"><see langword="true"/> when a <c># newdoc</c> comment precedes the sentence.</param>
    /// <param name="startsParagraph"><see langword="true"/> when a <c># newpar</c> (or <c># newdoc</c>) comment precedes the sentence.</param>
    /// <param name="tokens">The surface tokens, at least one.</param>
    /// <param name="lineNumber">1-based line where the sentence block begins.</param>
    public ConlluSentence(string? id, string? text, bool startsDocument, bool startsParagraph, IReadOnlyList<ConlluToken> tokens, int lineNumber)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        Id = id;
        Text = text;
        StartsDocument = startsDocument;
        StartsParagraph = startsParagraph || startsDocument;
        Tokens = tokens;
        LineNumber = lineNumber;
    }

    /// <summary>Gets the sentence identifier from <c># sent_id</c>, or <see langword="null"/>.</summary>
    public string? Id { get; }

    /// <summary>Gets the raw sentence text from <c># text</c>, or <see langword="null"/>.</summary>
    public string? Text { get; }

    /// <summary>Gets a value indicating whether the sentence begins a new document (<c># newdoc</c>).</summary>
    public bool StartsDocument { get; }

    /// <summary>Gets a value indicating whether the sentence begins a new paragraph (<c># newpar</c> or <c># newdoc</c>).</summary>
    public bool StartsParagraph { get; }

    /// <summary>Gets the surface tokens; a multiword token counts once.</summary>
    public IReadOnlyList<ConlluToken> Tokens { get; }

    /// <summary>Gets the 1-based line number where the sentence's block begins.</summary>
    public int LineNumber { get; }

    /// <inheritdoc />
    public override string ToString() => Text ?? string.Join(' ', Tokens.Select(t => t.Form));
}
