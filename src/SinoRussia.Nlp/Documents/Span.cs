namespace SinoRussia.Nlp.Documents;

/// <summary>A view of a contiguous run of tokens, such as a sentence or a paragraph.</summary>
public readonly struct Span : IEquatable<Span>
{
    private readonly Document _document;
    private readonly TokenRange _tokens;

    internal Span(Document document, int index, TokenRange tokens)
    {
        _document = document;
        Index = index;
        _tokens = tokens;
    }

    /// <summary>Gets the document the span belongs to.</summary>
    public Document Document => _document;

    /// <summary>Gets the span's index in its list (for example, the sentence number).</summary>
    public int Index { get; }

    /// <summary>Gets the range of token indices the span covers.</summary>
    public TokenRange TokenRange => _tokens;

    /// <summary>Gets the UTF-16 offset of the first character.</summary>
    public int Start => _document.TokenStarts[_tokens.Start];

    /// <summary>Gets the offset one past the last character.</summary>
    public int End => _document.TokenStarts[_tokens.End - 1] + _document.TokenLengths[_tokens.End - 1];

    /// <summary>Gets the span's text (allocates).</summary>
    public string Text => _document.Text[Start..End];

    /// <summary>Gets the span's tokens.</summary>
    public TokenList Tokens => new(_document, _tokens.Start, _tokens.Length);

    /// <summary>Returns the span's characters without allocating.</summary>
    /// <returns>A span over the document's text.</returns>
    public ReadOnlySpan<char> AsSpan() => _document.Text.AsSpan(Start, End - Start);

    /// <inheritdoc />
    public bool Equals(Span other) => ReferenceEquals(_document, other._document) && _tokens == other._tokens;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Span other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_document, _tokens);

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <summary>Compares two spans for identity.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns><see langword="true"/> when both cover the same tokens of the same document.</returns>
    public static bool operator ==(Span left, Span right) => left.Equals(right);

    /// <summary>Compares two spans for difference.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Span left, Span right) => !left.Equals(right);
}
