namespace SinoRussia.Nlp.Documents;

/// <summary>The coarse class of a token, decided by the tokeniser from its characters.</summary>
public enum TokenKind : byte
{
    /// <summary>A word: letters, possibly with inner apostrophes, hyphens or periods (U.S.), or a clitic (n't, 's).</summary>
    Word = 0,

    /// <summary>A number, possibly with separators, decimals or a sign: 1,000; 26.3; -4.</summary>
    Number,

    /// <summary>Punctuation: . , ; : ! ? quotes, brackets, dashes, ellipses.</summary>
    Punctuation,

    /// <summary>A symbol that is not punctuation: currency signs, %, &amp;, +, =, ©.</summary>
    Symbol,

    /// <summary>A URL such as https://example.org/path or www.example.org.</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>An emoji, including modifier and zero-width-joiner sequences and flags.</summary>
    Emoji,

    /// <summary>A bracketed footnote or citation marker such as [1] or [12].</summary>
    FootnoteMarker,

    /// <summary>A social-media hashtag (#topic) or mention (@user).</summary>
    Tag,

    /// <summary>Any other non-whitespace run, such as lone control characters or unpaired surrogates.</summary>
    Other,
}
