using System.Runtime.InteropServices;
using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Pipeline;

namespace SinoRussia.Nlp.Segmentation;

/// <summary>
/// Splits a tokenised document into sentences from punctuation, case and line breaks. Abbreviation-aware
/// (<c>Mr. Smith</c> stays together; <c>U.S.</c> can end a sentence), keeps closing quotes and brackets after
/// the final punctuation in the sentence, makes headings and other lines without final punctuation their own
/// sentences, and never crosses a paragraph boundary.
/// </summary>
/// <remarks>Requires tokens; uses the paragraphs layer when present, otherwise the same blank-line rule as
/// <see cref="ParagraphSplitter"/>. Produces sentences. Thread-safe.</remarks>
/// <example>
/// <code>var pipeline = new NlpPipelineBuilder().AddTokenizer().AddSentenceSplitter().Build();</code>
/// </example>
public sealed class SentenceSplitter : IPipelineComponent
{
    private static readonly AnnotationLayer[] RequiredLayers = [AnnotationLayer.Tokens];
    private static readonly AnnotationLayer[] ProducedLayers = [AnnotationLayer.Sentences];
    private readonly bool _splitAtLineBreaks;
    private readonly Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _nonTerminal;
    private readonly Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _starters;

    /// <summary>Creates a sentence splitter.</summary>
    /// <param name="options">Settings; <see langword="null"/> for the defaults.</param>
    public SentenceSplitter(SentenceSplitterOptions? options = null)
    {
        options ??= new SentenceSplitterOptions();
        _splitAtLineBreaks = options.SplitAtLineBreaks;
        var nonTerminal = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var a in Tokenization.EnglishExceptions.NonTerminalAbbreviations.Concat(options.NonTerminalAbbreviations))
        {
            nonTerminal[a] = true;
        }

        _nonTerminal = nonTerminal.GetAlternateLookup<ReadOnlySpan<char>>();
        var starters = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var s in Tokenization.EnglishExceptions.SentenceStarters)
        {
            starters[s] = true;
        }

        _starters = starters.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public string Name => "sentences";

    /// <inheritdoc />
    public IReadOnlyList<AnnotationLayer> Requires => RequiredLayers;

    /// <inheritdoc />
    public IReadOnlyList<AnnotationLayer> Produces => ProducedLayers;

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var paragraphs = document.Has(AnnotationLayer.Paragraphs)
            ? [.. document.Paragraphs.Select(p => p.TokenRange)]
            : ParagraphBoundaries.Compute(document);
        var sentences = new List<TokenRange>(Math.Max(4, document.TokenCount / 16));
        foreach (var paragraph in paragraphs)
        {
            SplitParagraph(document, paragraph, sentences);
        }

        document.SetSentences(CollectionsMarshal.AsSpan(sentences));
    }

    private void SplitParagraph(Document document, TokenRange paragraph, List<TokenRange> sentences)
    {
        var text = document.Text;
        var starts = document.TokenStarts;
        var lengths = document.TokenLengths;
        var kinds = document.TokenKinds;
        var sentenceStart = paragraph.Start;
        var t = paragraph.Start;
        while (t < paragraph.End - 1)
        {
            var token = text.AsSpan(starts[t], lengths[t]);
            var last = t;
            var boundary = false;
            if (kinds[t] == TokenKind.Punctuation && IsTerminal(token))
            {
                while (last + 1 < paragraph.End && IsCloser(text, starts, lengths, last + 1))
                {
                    last++;
                }

                last = SkipFootnotes(text, starts, lengths, kinds, last, paragraph.End);

                boundary = last + 1 < paragraph.End && (StartsSentence(text, starts, lengths, kinds, last + 1) || HasNewline(text, starts, lengths, last));
            }
            else if (kinds[t] == TokenKind.Word && token.Length > 1 && token[^1] == '.')
            {
                boundary = !_nonTerminal.ContainsKey(token) && !IsInitial(token)
                    && (IsStarter(text, starts, lengths, t + 1) || (HasNewline(text, starts, lengths, t) && StartsSentence(text, starts, lengths, kinds, t + 1)));
            }
            else if (kinds[t] == TokenKind.Emoji)
            {
                boundary = IsUpper(text[starts[t + 1]]) || HasNewline(text, starts, lengths, t);
            }
            else if (_splitAtLineBreaks && HasNewline(text, starts, lengths, t))
            {
                boundary = !IsContinuation(token) && StartsSentence(text, starts, lengths, kinds, t + 1);
            }

            if (boundary)
            {
                sentences.Add(new TokenRange(sentenceStart, last + 1));
                sentenceStart = last + 1;
            }

            t = last + 1;
        }

        sentences.Add(new TokenRange(sentenceStart, paragraph.End));
    }

    private static bool IsTerminal(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (c is not ('.' or '!' or '?' or '\u2026' or '\u3002' or '\uFF01' or '\uFF1F'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInitial(ReadOnlySpan<char> token) => token.Length == 2 && char.IsUpper(token[0]);

    private static bool IsContinuation(ReadOnlySpan<char> token) =>
        token.Length == 1 && token[0] is ',' or ';' or '(' or '[' or '-' or '&' or '\u2013' or '\u2014' or '/'
        || token is "and" or "or" or "the" or "of" or "to" or "a" or "in" or "for" or "with" or "by" or "at" or "from";

    private static bool IsCloser(string text, int[] starts, int[] lengths, int index)
    {
        if (lengths[index] != 1)
        {
            return false;
        }

        var c = text[starts[index]];
        var adjacent = starts[index] == starts[index - 1] + lengths[index - 1];
        return c is '\u201D' or '\u2019' or '\u00BB' or ')' or ']' or '}' ? adjacent || !HasNewline(text, starts, lengths, index - 1) : adjacent && c is '"' or '\'';
    }

    private static int SkipFootnotes(string text, int[] starts, int[] lengths, TokenKind[] kinds, int last, int end)
    {
        while (last + 1 < end && !HasNewline(text, starts, lengths, last))
        {
            if (kinds[last + 1] == TokenKind.FootnoteMarker)
            {
                last++;
            }
            else if (last + 3 < end && text[starts[last + 1]] == '[' && lengths[last + 1] == 1 && kinds[last + 2] == TokenKind.Number
                && lengths[last + 2] <= 3 && text[starts[last + 3]] == ']' && lengths[last + 3] == 1)
            {
                last += 3;
            }
            else
            {
                break;
            }
        }

        return last;
    }

    private static bool HasNewline(string text, int[] starts, int[] lengths, int index)
    {
        var from = starts[index] + lengths[index];
        var to = starts[index + 1];
        for (var k = from; k < to; k++)
        {
            if (text[k] is '\n' or '\r' or '\u2028' or '\u2029')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUpper(char c) => char.IsUpper(c) || char.IsDigit(c);

    private static bool StartsSentence(string text, int[] starts, int[] lengths, TokenKind[] kinds, int index)
    {
        var c = text[starts[index]];
        if (char.IsLetter(c))
        {
            return !char.IsLower(c);
        }

        if (kinds[index] == TokenKind.Punctuation && c is not ('"' or '\u201C' or '\'' or '\u2018' or '(' or '[' or '\u00AB' or '-' or '*' or '\u2022'))
        {
            return false;
        }

        return true;
    }

    private bool IsStarter(string text, int[] starts, int[] lengths, int index) =>
        _starters.ContainsKey(text.AsSpan(starts[index], lengths[index]));
}
