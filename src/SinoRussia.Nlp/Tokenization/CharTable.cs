using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SinoRussia.Nlp.Tokenization;

internal static class CharTable
{
    private static readonly CharClass[] Classes = Build();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharClass Of(char c) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Classes), c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(CharClass c) => c is CharClass.Letter or CharClass.Digit;

    public static bool IsEmoji(int codePoint) =>
        codePoint is (>= 0x1F000 and <= 0x1FAFF) or (>= 0x2600 and <= 0x27BF) or (>= 0x2B00 and <= 0x2BFF)
            or (>= 0x2300 and <= 0x23FF) or 0x3030 or 0x303D or 0x3297 or 0x3299;

    public static bool IsHan(int codePoint) =>
        codePoint is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0x20000 and <= 0x3FFFF) or (>= 0x3000 and <= 0x303F);

    public static CharClass OfCodePoint(int codePoint)
    {
        if (codePoint < 0x10000)
        {
            return Of((char)codePoint);
        }

        if (IsEmoji(codePoint))
        {
            return CharClass.Emoji;
        }

        if (IsHan(codePoint))
        {
            return CharClass.Han;
        }

        return Classify(CharUnicodeInfo.GetUnicodeCategory(codePoint), codePoint);
    }

    private static CharClass[] Build()
    {
        var table = new CharClass[65536];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = c < 128 ? Ascii((char)c) : NonAscii((char)c);
        }

        return table;
    }

    private static CharClass Ascii(char c) => c switch
    {
        >= 'a' and <= 'z' or >= 'A' and <= 'Z' => CharClass.Letter,
        >= '0' and <= '9' => CharClass.Digit,
        ' ' or '\t' or '\n' or '\r' or '\v' or '\f' => CharClass.Space,
        '.' => CharClass.Period,
        ',' => CharClass.Comma,
        '\'' or '`' => CharClass.Apostrophe,
        '-' => CharClass.Hyphen,
        '!' or '?' => CharClass.Terminal,
        ':' => CharClass.Colon,
        '/' => CharClass.Slash,
        '@' => CharClass.At,
        '#' => CharClass.Hash,
        '&' => CharClass.Ampersand,
        '_' => CharClass.Underscore,
        '[' => CharClass.OpenSquare,
        '*' or '=' or '~' or '^' or '<' or '>' or '+' or '$' => CharClass.RepeatSymbol,
        '%' or '|' or '\\' => CharClass.Symbol,
        '"' or '(' or ')' or ']' or '{' or '}' or ';' => CharClass.Punct,
        _ => CharClass.Other,
    };

    private static CharClass NonAscii(char c)
    {
        if (char.IsWhiteSpace(c))
        {
            return CharClass.Space;
        }

        if (char.IsHighSurrogate(c))
        {
            return CharClass.HighSurrogate;
        }

        if (char.IsLowSurrogate(c))
        {
            return CharClass.LowSurrogate;
        }

        if (c == '\u2019')
        {
            return CharClass.Apostrophe;
        }

        if (c == '\u2026')
        {
            return CharClass.Punct;
        }

        if (IsEmoji(c))
        {
            return CharClass.Emoji;
        }

        if (IsHan(c) && char.GetUnicodeCategory(c) is UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber)
        {
            return CharClass.Han;
        }

        return Classify(char.GetUnicodeCategory(c), c);
    }

    private static CharClass Classify(UnicodeCategory category, int codePoint) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => CharClass.Letter,
        UnicodeCategory.DecimalDigitNumber => CharClass.Digit,
        UnicodeCategory.ConnectorPunctuation => CharClass.Underscore,
        UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation => CharClass.Punct,
        UnicodeCategory.OtherPunctuation => codePoint is 0xFF01 or 0xFF1F or 0x3002 ? CharClass.Terminal : CharClass.Punct,
        UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
            or UnicodeCategory.OtherSymbol => CharClass.Symbol,
        _ => CharClass.Other,
    };
}
