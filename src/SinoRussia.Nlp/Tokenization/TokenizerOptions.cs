namespace SinoRussia.Nlp.Tokenization;

/// <summary>Settings of a <see cref="Tokenizer"/>: conventions and user-defined special cases.</summary>
/// <remarks>
/// The defaults follow the Universal Dependencies English (EWT) conventions. Options are read once when the
/// tokeniser is created; changing them afterwards does not affect it.
/// </remarks>
/// <example>
/// <code>
/// var tokenizer = new Tokenizer(new TokenizerOptions()
///     .AddSpecialCase("gimme", "gim", "me")
///     .AddSpecialCase("C++")
///     .AddAbbreviation("Approx."));
/// </code>
/// </example>
public sealed class TokenizerOptions
{
    private readonly List<KeyValuePair<string, string[]>> _specialCases = [];
    private readonly List<string> _abbreviations = [];

    /// <summary>Gets or sets a value indicating whether contractions are split into their syntactic words, UD style:
    /// <c>don't</c> → <c>do n't</c>, <c>I'm</c> → <c>I 'm</c>, <c>cannot</c> → <c>can not</c>, <c>gonna</c> → <c>gon na</c>,
    /// possessive <c>John's</c> → <c>John 's</c>.</summary>
    /// <value>Defaults to <see langword="true"/>. With <see langword="false"/> the tokeniser yields surface tokens as
    /// written, which is what the CoNLL-2018 token metric counts (a multiword token is one token).</value>
    public bool SplitContractions { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether a bracketed footnote or citation number such as <c>[12]</c> is
    /// one token of kind <see cref="Documents.TokenKind.FootnoteMarker"/>.</summary>
    /// <value>Defaults to <see langword="true"/>. With <see langword="false"/> it is three tokens (<c>[ 12 ]</c>), as UD
    /// treebanks annotate it.</value>
    public bool KeepFootnoteMarkers { get; set; } = true;

    /// <summary>Gets the special cases added with <see cref="AddSpecialCase"/>: a text and the pieces it splits into.</summary>
    public IReadOnlyList<KeyValuePair<string, string[]>> SpecialCases => _specialCases;

    /// <summary>Gets the abbreviations added with <see cref="AddAbbreviation"/>.</summary>
    public IReadOnlyList<string> Abbreviations => _abbreviations;

    /// <summary>
    /// Adds a special case: wherever <paramref name="text"/> occurs as a whole (not followed by a letter or digit),
    /// it becomes the given pieces (or one token when no pieces are given). Special cases win over every rule.
    /// </summary>
    /// <param name="text">The exact text, case-sensitive, without whitespace.</param>
    /// <param name="pieces">The tokens it splits into; they must spell <paramref name="text"/> exactly.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentException">The text is empty or has whitespace, or the pieces do not spell it.</exception>
    public TokenizerOptions AddSpecialCase(string text, params string[] pieces)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(pieces);
        CheckText(text, nameof(text));
        if (pieces.Length == 0)
        {
            pieces = [text];
        }

        if (Array.Exists(pieces, p => string.IsNullOrEmpty(p)) || string.Concat(pieces) != text)
        {
            throw new ArgumentException($"The pieces [{string.Join(", ", pieces.Select(p => $"'{p}'"))}] must be non-empty and spell the special case '{text}' exactly.", nameof(pieces));
        }

        _specialCases.Add(new(text, pieces));
        return this;
    }

    /// <summary>Adds an abbreviation whose final period stays in the token, such as <c>Approx.</c>; case-sensitive.</summary>
    /// <param name="abbreviation">The abbreviation, ending with a period, without whitespace.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentException">The abbreviation is empty, has whitespace, or does not end with a period.</exception>
    public TokenizerOptions AddAbbreviation(string abbreviation)
    {
        ArgumentNullException.ThrowIfNull(abbreviation);
        CheckText(abbreviation, nameof(abbreviation));
        if (abbreviation.Length < 2 || abbreviation[^1] != '.')
        {
            throw new ArgumentException($"The abbreviation '{abbreviation}' must end with a period and have at least one character before it.", nameof(abbreviation));
        }

        _abbreviations.Add(abbreviation);
        return this;
    }

    /// <summary>Checks the options; the tokeniser calls this when it is created.</summary>
    /// <exception cref="ArgumentException">A special case or abbreviation is invalid.</exception>
    public void Validate()
    {
        foreach (var (text, pieces) in _specialCases)
        {
            CheckText(text, nameof(SpecialCases));
            if (pieces is null || pieces.Length == 0 || string.Concat(pieces) != text)
            {
                throw new ArgumentException($"The special case '{text}' has pieces that do not spell it.", nameof(SpecialCases));
            }
        }

        foreach (var abbreviation in _abbreviations)
        {
            CheckText(abbreviation, nameof(Abbreviations));
        }
    }

    private static void CheckText(string text, string parameterName)
    {
        if (text.Length == 0)
        {
            throw new ArgumentException("The text must not be empty.", parameterName);
        }

        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                throw new ArgumentException($"'{text}' contains whitespace; tokens never contain whitespace.", parameterName);
            }
        }
    }
}
