using SinoRussia.Nlp.Documents;

namespace SinoRussia.Nlp.Tokenization;

internal sealed class TokenizerTables
{
    private readonly ulong[] _specialFirst = new ulong[1024];
    private readonly ulong[] _specialPairs = new ulong[1024];
    private readonly uint[] _bareFirstByLength = new uint[9];
    private readonly ulong[] _bareEndings = new ulong[16];
    private readonly Dictionary<char, SpecialCase[]> _specials = [];
    private readonly Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _abbreviations;
    private readonly Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _hyphenPrefixes;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bareContractions;
    private readonly Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _titles;
    private readonly Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _starters;

    public TokenizerTables(TokenizerOptions options)
    {
        SplitContractions = options.SplitContractions;
        KeepFootnoteMarkers = options.KeepFootnoteMarkers;
        var abbreviations = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var a in EnglishExceptions.Abbreviations.Concat(options.Abbreviations))
        {
            abbreviations[a] = true;
        }

        _abbreviations = abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        _hyphenPrefixes = EnglishExceptions.HyphenPrefixes.ToDictionary(p => p, _ => true, StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _bareContractions = EnglishExceptions.BareContractions.ToDictionary(c => c.Text, c => c.Split, StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

        _titles = EnglishExceptions.NonTerminalAbbreviations.Distinct().ToDictionary(a => a, _ => true, StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _starters = EnglishExceptions.SentenceStarters.Distinct().ToDictionary(a => a, _ => true, StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (text, _) in EnglishExceptions.BareContractions)
        {
            _bareFirstByLength[text.Length] |= 1u << (char.ToLowerInvariant(text[0]) - 'a');
            var ending = EndingHash(text[^2], text[^1]);
            _bareEndings[ending >> 6] |= 1UL << (ending & 63);
        }

        var specials = new Dictionary<string, SpecialCase>(StringComparer.Ordinal);
        foreach (var emoticon in EnglishExceptions.Emoticons)
        {
            specials[emoticon] = new SpecialCase(emoticon, [emoticon.Length], [TokenKind.Emoji]);
        }

        foreach (var (text, pieces) in options.SpecialCases)
        {
            specials[text] = new SpecialCase(text, [.. pieces.Select(p => p.Length)], [.. pieces.Select(KindOf)]);
        }

        foreach (var group in specials.Values.GroupBy(s => s.Text[0]))
        {
            _specials[group.Key] = [.. group.OrderByDescending(s => s.Text.Length)];
            _specialFirst[group.Key >> 6] |= 1UL << (group.Key & 63);
            foreach (var special in group)
            {
                var pair = PairHash(special.Text[0], special.Text.Length > 1 ? special.Text[1] : '\0');
                _specialPairs[pair >> 6] |= 1UL << (pair & 63);
            }
        }
    }

    public bool SplitContractions { get; }

    public bool KeepFootnoteMarkers { get; }

    public bool MayStartSpecial(char c) => (_specialFirst[c >> 6] & (1UL << (c & 63))) != 0;

    public SpecialCase? MatchSpecial(ReadOnlySpan<char> text, int position)
    {
        var pairHash = PairHash(text[position], position + 1 < text.Length ? text[position + 1] : '\0');
        var oneChar = PairHash(text[position], '\0');
        if ((_specialPairs[pairHash >> 6] & (1UL << (pairHash & 63))) == 0 && (_specialPairs[oneChar >> 6] & (1UL << (oneChar & 63))) == 0)
        {
            return null;
        }

        var candidates = _specials[text[position]];
        var rest = text[position..];
        foreach (var candidate in candidates)
        {
            if (rest.StartsWith(candidate.Text, StringComparison.Ordinal))
            {
                var end = position + candidate.Text.Length;
                if (end >= text.Length || !CharTable.IsWordChar(CharTable.Of(text[end])) || !CharTable.IsWordChar(CharTable.Of(text[end - 1])))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    public bool IsAbbreviation(ReadOnlySpan<char> withPeriod) => _abbreviations.ContainsKey(withPeriod);

    public bool IsTitle(ReadOnlySpan<char> withPeriod) => _titles.ContainsKey(withPeriod);

    public bool IsSentenceStarter(ReadOnlySpan<char> word) => word.Length <= 12 && _starters.ContainsKey(word);

    public bool IsHyphenPrefix(ReadOnlySpan<char> segment) => segment.Length <= 7 && _hyphenPrefixes.ContainsKey(segment);

    public int BareContractionSplit(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 8)
        {
            return 0;
        }

        var first = (uint)((word[0] | 0x20) - 'a');
        if (first >= 26 || (_bareFirstByLength[word.Length] & (1u << (int)first)) == 0)
        {
            return 0;
        }

        var ending = EndingHash(word[^2], word[^1]);
        return (_bareEndings[ending >> 6] & (1UL << (ending & 63))) != 0 && _bareContractions.TryGetValue(word, out var split) ? split : 0;
    }

    private static int EndingHash(char a, char b) => ((((a | 0x20) & 0x1F) << 5) | ((b | 0x20) & 0x1F)) & 0x3FF;

    private static int PairHash(char first, char second) => ((first * 31) + second) & 0xFFFF;

    private static TokenKind KindOf(string piece)
    {
        var cls = CharTable.Of(piece[0]);
        return cls switch
        {
            CharClass.Letter => TokenKind.Word,
            CharClass.Digit => piece.AsSpan().ContainsAnyInRange('A', 'z') ? TokenKind.Word : TokenKind.Number,
            CharClass.Emoji => TokenKind.Emoji,
            CharClass.Symbol or CharClass.RepeatSymbol => TokenKind.Symbol,
            CharClass.Other or CharClass.HighSurrogate or CharClass.LowSurrogate => TokenKind.Other,
            _ => TokenKind.Punctuation,
        };
    }
}
