namespace SinoRussia.Nlp.Segmentation;

/// <summary>Settings of a <see cref="SentenceSplitter"/>.</summary>
/// <example>
/// <code>var splitter = new SentenceSplitter(new SentenceSplitterOptions().AddNonTerminalAbbreviation("Insp."));</code>
/// </example>
public sealed class SentenceSplitterOptions
{
    private readonly List<string> _nonTerminal = [];

    /// <summary>Gets or sets a value indicating whether a line break ends a sentence when the line has no final
    /// punctuation and the next line starts with a capital, a digit or a symbol (headings, bylines, list items).</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool SplitAtLineBreaks { get; set; } = true;

    /// <summary>Gets the abbreviations added with <see cref="AddNonTerminalAbbreviation"/>.</summary>
    public IReadOnlyList<string> NonTerminalAbbreviations => _nonTerminal;

    /// <summary>
    /// Adds an abbreviation, such as a title, after which a sentence never ends (<c>Mr.</c>, <c>Dr.</c> and other
    /// English titles are built in).
    /// </summary>
    /// <param name="abbreviation">The abbreviation with its final period; case-sensitive.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentException">The abbreviation is empty, has whitespace, or does not end with a period.</exception>
    public SentenceSplitterOptions AddNonTerminalAbbreviation(string abbreviation)
    {
        ArgumentNullException.ThrowIfNull(abbreviation);
        if (abbreviation.Length < 2 || abbreviation[^1] != '.' || abbreviation.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"The abbreviation '{abbreviation}' must end with a period, have a character before it, and contain no whitespace.", nameof(abbreviation));
        }

        _nonTerminal.Add(abbreviation);
        return this;
    }
}
