using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Pipeline;

namespace SinoRussia.Nlp.Tokenization;

/// <summary>
/// A rule-based English tokeniser following the Universal Dependencies English (EWT) conventions: abbreviations
/// (<c>U.S.</c>, <c>Dr.</c>, <c>e.g.</c>), contractions (<c>don't</c> → <c>do n't</c>), numbers with separators,
/// currency and percent (<c>$ 400</c>, <c>26.3 %</c>), URLs, e-mail addresses, emoji, hashtags, footnote markers,
/// and Cyrillic and Han text.
/// </summary>
/// <remarks>
/// <para>One linear pass over the text, with no allocation per token beyond the token arrays. Tokens never contain
/// whitespace, and together they cover every non-whitespace character of the input exactly once, in order; a
/// character no rule knows (a control character, an unpaired surrogate) becomes a token of kind
/// <see cref="TokenKind.Other"/>.</para>
/// <para>Thread-safe: one instance can tokenise from many threads at once.</para>
/// </remarks>
/// <example>
/// <code>
/// var buffer = new TokenBuffer();
/// new Tokenizer().Tokenize("I don't pay $400.", buffer); // I | do | n't | pay | $ | 400 | .
/// </code>
/// </example>
public sealed class Tokenizer : IPipelineComponent
{
    private static readonly AnnotationLayer[] ProducedLayers = [AnnotationLayer.Tokens];
    private readonly TokenizerTables _tables;

    /// <summary>Creates a tokeniser.</summary>
    /// <param name="options">Conventions and special cases; <see langword="null"/> for the UD English defaults.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public Tokenizer(TokenizerOptions? options = null)
    {
        options ??= new TokenizerOptions();
        options.Validate();
        _tables = new TokenizerTables(options);
    }

    /// <inheritdoc />
    public string Name => "tokenizer";

    /// <inheritdoc />
    public IReadOnlyList<AnnotationLayer> Requires => [];

    /// <inheritdoc />
    public IReadOnlyList<AnnotationLayer> Produces => ProducedLayers;

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="buffer"/>, with offsets relative to the start of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="buffer">The buffer to fill; tokens are appended after any it already holds.</param>
    /// <exception cref="ArgumentNullException"><paramref name="buffer"/> is null.</exception>
    public void Tokenize(ReadOnlySpan<char> text, TokenBuffer buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        TokenScanner.Scan(text, buffer, _tables);
    }

    /// <summary>Tokenises <paramref name="text"/> into a new document carrying the tokens layer.</summary>
    /// <param name="text">The text.</param>
    /// <returns>A document with tokens.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Document Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = new Document(text);
        Process(document);
        return document;
    }

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var buffer = new TokenBuffer(Math.Max(16, document.Text.Length / 5));
        TokenScanner.Scan(document.Text, buffer, _tables);
        document.SetTokens(buffer);
    }
}
