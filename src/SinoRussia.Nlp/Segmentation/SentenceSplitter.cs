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
    private readonly bool _lowercaseStarts = true;
    private readonly bool _headers = true;
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
            var next = t + 1;
            if (kinds[t] == TokenKind.Punctuation && IsTerminal(token))
            {
                while (last + 1 < paragraph.End && IsCloser(text, starts, lengths, last + 1))
                {
                    last++;
                }

                last = SkipFootnotes(text, starts, lengths, kinds, last, paragraph.End);
                while (last + 1 < paragraph.End && kinds[last + 1] == TokenKind.Emoji && !HasNewline(text, starts, lengths, last))
                {
                    last++;
                }

                next = last + 1;
                var ellipsis = token.Length > 1 || token[0] == '\u2026';
                boundary = next < paragraph.End
                    && ((StartsSentence(text, starts, lengths, kinds, next) && !(ellipsis && starts[next] == starts[last] + lengths[last])) || HasNewline(text, starts, lengths, last)
                        || (_lowercaseStarts && token[^1] != '.' || (token.Length == 1 && _lowercaseStarts)) && char.IsLower(text[starts[next]]));
            }
            else if (kinds[t] == TokenKind.Word && token.Length > 1 && token[^1] == '.')
            {
                boundary = !_nonTerminal.ContainsKey(token) && !IsInitial(token)
                    && (IsStarter(text, starts, lengths, next) || (HasNewline(text, starts, lengths, t) && StartsSentence(text, starts, lengths, kinds, next)));
            }
            else if (kinds[t] == TokenKind.Emoji)
            {
                boundary = IsUpper(text[starts[next]]) || HasNewline(text, starts, lengths, t);
            }
            else if (_splitAtLineBreaks && HasNewline(text, starts, lengths, t))
            {
                boundary = !IsContinuation(token) && StartsSentence(text, starts, lengths, kinds, next);
            }
            else if ((IsRule(token) && IsIsolated(text, starts, lengths, t)) || (IsRule(text.AsSpan(starts[next], lengths[next])) && IsIsolated(text, starts, lengths, next)))
            {
                boundary = true;
            }
            else if (_headers && IsHeaderBreak(text, starts, lengths, kinds, t, paragraph.End))
            {
                boundary = true;
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

    private static bool IsCapitalisedWord(string text, int[] starts, int[] lengths, TokenKind[] kinds, int index) =>
        kinds[index] == TokenKind.Word && char.IsUpper(text[starts[index]]);

    private static bool IsRule(ReadOnlySpan<char> token)
    {
        if (token.Length < 3 || token[0] is not ('*' or '=' or '_' or '~' or '#'))
        {
            return false;
        }

        return !token.ContainsAnyExcept(token[0]);
    }

    private static bool IsIsolated(string text, int[] starts, int[] lengths, int index) =>
        (index == 0 || starts[index] > starts[index - 1] + lengths[index - 1])
        && (index + 1 >= starts.Length || starts[index] + lengths[index] < text.Length && char.IsWhiteSpace(text[starts[index] + lengths[index]]));

    private static bool IsDate(ReadOnlySpan<char> token) => token.Length >= 6 && char.IsAsciiDigit(token[0]) && token.Count('/') == 2;

    private static bool IsTime(ReadOnlySpan<char> token) => token.Length >= 4 && char.IsAsciiDigit(token[0]) && token.Contains(':');

    private static bool IsHeaderBreak(string text, int[] starts, int[] lengths, TokenKind[] kinds, int t, int end)
    {
        var token = text.AsSpan(starts[t], lengths[t]);
        var next = text.AsSpan(starts[t + 1], lengths[t + 1]);
        if (IsDate(next) && t + 2 < end && IsTime(text.AsSpan(starts[t + 2], lengths[t + 2])))
        {
            return kinds[t] is TokenKind.Word or TokenKind.Email && char.IsUpper(token[0]);
        }

        if (token is "Figure" or "Fig." or "Table" && t + 2 < end && kinds[t + 1] == TokenKind.Number && IsCapitalisedWord(text, starts, lengths, kinds, t + 2)
            && (t == 0 || HasNewline(text, starts, lengths, t - 1)))
        {
            return false;
        }

        if (t > 0 && kinds[t] == TokenKind.Number && text.AsSpan(starts[t - 1], lengths[t - 1]) is "Figure" or "Fig." or "Table"
            && IsCapitalisedWord(text, starts, lengths, kinds, t + 1) && (t < 2 || HasNewline(text, starts, lengths, t - 2)))
        {
            return true;
        }

        if (IsDateline(text, starts, lengths, t + 1, end) && kinds[t] == TokenKind.Word
            && token is not ("on" or "On" or "by" or "of" or "last" or "next" or "this" or "every" or "until" or "since" or "from" or "to" or "and" or "or" or "the"))
        {
            return true;
        }

        if (token is "AM" or "PM" or "am" or "pm" && t > 0 && IsTime(text.AsSpan(starts[t - 1], lengths[t - 1])))
        {
            return kinds[t + 1] == TokenKind.Word && char.IsUpper(next[0]);
        }

        if (token.Length == 1 && token[0] == ',' && t > 0 && IsCapitalisedWord(text, starts, lengths, kinds, t + 1))
        {
            var previous = text.AsSpan(starts[t - 1], lengths[t - 1]);
            return previous is "Hi" or "Hello" or "Hey" or "Thanks" or "Sincerely" or "Regards" or "regards" or "Cheers" or "Best" or "Thank you" or "Love" or "Respectfully" or "Cordially";
        }

        return false;
    }

    private static bool IsDateline(string text, int[] starts, int[] lengths, int index, int end)
    {
        if (index + 2 >= end || text[starts[index + 1]] != ',' || lengths[index + 1] != 1)
        {
            return false;
        }

        var day = text.AsSpan(starts[index], lengths[index]);
        var month = text.AsSpan(starts[index + 2], lengths[index + 2]);
        var last = index + 5;
        if (last >= end || text[starts[index + 4]] != ',' || (last + 1 < end && !HasNewline(text, starts, lengths, last)))
        {
            return false;
        }

        return day is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday"
            && month is "January" or "February" or "March" or "April" or "May" or "June" or "July" or "August" or "September"
                or "October" or "November" or "December";
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
