namespace SinoRussia.Nlp.Documents;

/// <summary>A view of one token of a <see cref="Documents.Document"/>: offsets into its text and a kind.</summary>
/// <remarks>A small value type; reading <see cref="Text"/> allocates a string, <see cref="AsSpan"/> does not.</remarks>
public readonly struct Token : IEquatable<Token>
{
    private readonly Document _document;

    internal Token(Document document, int index)
    {
        _document = document;
        Index = index;
    }

    /// <summary>Gets the document the token belongs to.</summary>
    public Document Document => _document;

    /// <summary>Gets the token's index in <see cref="Document.Tokens"/>.</summary>
    public int Index { get; }

    /// <summary>Gets the UTF-16 offset of the first character.</summary>
    public int Start => _document.TokenStarts[Index];

    /// <summary>Gets the number of UTF-16 code units.</summary>
    public int Length => _document.TokenLengths[Index];

    /// <summary>Gets the offset one past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Gets the token's kind.</summary>
    public TokenKind Kind => _document.TokenKinds[Index];

    /// <summary>Gets the token's text (allocates).</summary>
    public string Text => _document.Text.Substring(Start, Length);

    /// <summary>Gets a value indicating whether whitespace follows the token in the text.</summary>
    public bool HasSpaceAfter => End < _document.Text.Length && char.IsWhiteSpace(_document.Text[End]);

    /// <summary>Returns the token's characters without allocating.</summary>
    /// <returns>A span over the document's text.</returns>
    public ReadOnlySpan<char> AsSpan() => _document.Text.AsSpan(Start, Length);

    /// <inheritdoc />
    public bool Equals(Token other) => ReferenceEquals(_document, other._document) && Index == other.Index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Token other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_document, Index);

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <summary>Compares two tokens for identity (same document, same index).</summary>
    /// <param name="left">The first token.</param>
    /// <param name="right">The second token.</param>
    /// <returns><see langword="true"/> when both are the same token.</returns>
    public static bool operator ==(Token left, Token right) => left.Equals(right);

    /// <summary>Compares two tokens for difference.</summary>
    /// <param name="left">The first token.</param>
    /// <param name="right">The second token.</param>
    /// <returns><see langword="true"/> when they are different tokens.</returns>
    public static bool operator !=(Token left, Token right) => !left.Equals(right);
}
