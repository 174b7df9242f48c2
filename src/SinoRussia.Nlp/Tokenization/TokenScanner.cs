using System.Runtime.CompilerServices;
using SinoRussia.Nlp.Documents;

namespace SinoRussia.Nlp.Tokenization;

internal static class TokenScanner
{
    public static void Scan(ReadOnlySpan<char> text, TokenBuffer buffer, TokenizerTables tables)
    {
        var i = 0;
        var n = text.Length;
        while (i < n)
        {
            var c = text[i];
            var cls = CharTable.Of(c);
            if (cls == CharClass.Space)
            {
                i++;
                continue;
            }

            if (tables.MayStartSpecial(c) && tables.MatchSpecial(text, i) is { } special)
            {
                for (var p = 0; p < special.PieceLengths.Length; p++)
                {
                    buffer.Add(i, special.PieceLengths[p], special.Kinds[p]);
                    i += special.PieceLengths[p];
                }

                continue;
            }

            i = cls switch
            {
                CharClass.Letter or CharClass.Digit => ScanWord(text, i, buffer, tables),
                CharClass.Period => ScanPeriods(text, i, buffer),
                CharClass.Terminal => ScanRun(text, i, buffer, static k => k is CharClass.Terminal or CharClass.Period, TokenKind.Punctuation),
                CharClass.Hyphen => ScanSame(text, i, buffer, TokenKind.Punctuation),
                CharClass.Apostrophe => ScanApostrophe(text, i, buffer),
                CharClass.RepeatSymbol => c == '+' ? ScanPlus(text, i, buffer) : ScanSame(text, i, buffer, TokenKind.Symbol),
                CharClass.Punct => ScanPunct(text, i, buffer),
                CharClass.OpenSquare => tables.KeepFootnoteMarkers ? ScanSquare(text, i, buffer) : Emit(buffer, i, 1, TokenKind.Punctuation),
                CharClass.At or CharClass.Hash => ScanTag(text, i, buffer),
                CharClass.Han => ScanHan(text, i, buffer),
                CharClass.Emoji => ScanEmoji(text, i, buffer),
                CharClass.HighSurrogate => ScanSurrogate(text, i, buffer, tables),
                CharClass.Symbol or CharClass.Ampersand => Emit(buffer, i, 1, TokenKind.Symbol),
                CharClass.Underscore => ScanSame(text, i, buffer, TokenKind.Punctuation),
                CharClass.Other or CharClass.LowSurrogate => Emit(buffer, i, 1, TokenKind.Other),
                _ => Emit(buffer, i, 1, TokenKind.Punctuation),
            };
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Emit(TokenBuffer buffer, int start, int length, TokenKind kind)
    {
        buffer.Add(start, length, kind);
        return start + length;
    }

    private static int ScanWord(ReadOnlySpan<char> text, int start, TokenBuffer buffer, TokenizerTables tables)
    {
        var n = text.Length;
        if (TryUrl(text, start, out var urlEnd))
        {
            return Emit(buffer, start, urlEnd - start, TokenKind.Url);
        }

        var j = start;
        var segmentStart = start;
        var lastApostrophe = -1;
        var innerPeriod = false;
        var hasLetter = false;
        while (true)
        {
            while (j < n)
            {
                var k = CharTable.Of(text[j]);
                if (k == CharClass.Letter)
                {
                    hasLetter = true;
                    j++;
                }
                else if (k == CharClass.Digit)
                {
                    j++;
                }
                else if (k == CharClass.HighSurrogate && j + 1 < n && char.IsLowSurrogate(text[j + 1])
                    && CharTable.OfCodePoint(char.ConvertToUtf32(text[j], text[j + 1])) is CharClass.Letter or CharClass.Digit)
                {
                    hasLetter = true;
                    j += 2;
                }
                else
                {
                    break;
                }
            }

            if (j + 1 >= n)
            {
                break;
            }

            var d = text[j];
            var next = CharTable.Of(text[j + 1]);
            var nextIsWord = CharTable.IsWordChar(next);
            var prev = CharTable.Of(text[j - 1]);
            if (d == '.' && !nextIsWord && text[j + 1] == '.' && TryObfuscatedEmail(text, j, out var atIndex))
            {
                j = atIndex;
                continue;
            }

            if (d == '.' && nextIsWord)
            {
                innerPeriod = true;
                j++;
                segmentStart = j;
                continue;
            }

            if (d == ',' && prev == CharClass.Digit && IsThousands(text, j + 1))
            {
                j++;
                continue;
            }

            if (d == ':' && prev == CharClass.Digit && next == CharClass.Digit)
            {
                j++;
                continue;
            }

            if (d == '/' && ((next == CharClass.Digit && prev == CharClass.Digit) || IsLetterSlashLetter(text, segmentStart, j)))
            {
                j++;
                segmentStart = j;
                continue;
            }

            if (CharTable.Of(d) == CharClass.Apostrophe && next == CharClass.Letter && d != '`')
            {
                lastApostrophe = j;
                j++;
                continue;
            }

            if (d == '-' && nextIsWord && KeepHyphen(text, segmentStart, j, tables))
            {
                j++;
                segmentStart = j;
                continue;
            }

            if (d == '&' && prev == CharClass.Letter && next == CharClass.Letter)
            {
                j++;
                continue;
            }

            if (d == '_' && nextIsWord)
            {
                j++;
                continue;
            }

            if (d == '@' && TryEmailDomain(text, j + 1, out var emailEnd))
            {
                return Emit(buffer, start, emailEnd - start, TokenKind.Email);
            }

            break;
        }

        var end = j;
        if (end < n && text[end] == '.' && (end + 1 >= n || text[end + 1] != '.' || (end + 2 >= n || text[end + 2] != '.'))
            && IsAbbreviation(text, start, end, innerPeriod, tables))
        {
            return Emit(buffer, start, end + 1 - start, TokenKind.Word);
        }

        if (!hasLetter && end < n && text[end] == '.' && (end + 1 == n || char.IsWhiteSpace(text[end + 1])) && end - start <= 8 && AtLineStart(text, start))
        {
            return Emit(buffer, start, end + 1 - start, TokenKind.Number);
        }

        if (hasLetter && !innerPeriod && lastApostrophe < 0 && char.IsAsciiDigit(text[start]))
        {
            var unit = UnitStart(text, start, end);
            if (unit > 0)
            {
                buffer.Add(start, unit - start, TokenKind.Number);
                return Emit(buffer, unit, end - unit, TokenKind.Word);
            }
        }

        if (hasLetter && end + 1 < n && text[end] is '\'' or '\u2019' && (text[end - 1] | 0x20) == 's' && end - start > 1
            && (start == 0 || !IsSingleQuote(text[start - 1]))
            && !CharTable.IsWordChar(CharTable.Of(text[end + 1])) && CharTable.Of(text[end + 1]) != CharClass.Apostrophe)
        {
            if (tables.SplitContractions)
            {
                buffer.Add(start, end - start, TokenKind.Word);
                return Emit(buffer, end, 1, TokenKind.Word);
            }

            return Emit(buffer, start, end + 1 - start, TokenKind.Word);
        }

        var kind = hasLetter ? TokenKind.Word : TokenKind.Number;
        if (tables.SplitContractions && hasLetter)
        {
            var split = ContractionSplit(text, start, end, lastApostrophe, tables);
            if (split > start)
            {
                buffer.Add(start, split - start, TokenKind.Word);
                start = split;
            }
        }

        return Emit(buffer, start, end - start, kind);
    }

    private static int ContractionSplit(ReadOnlySpan<char> text, int start, int end, int lastApostrophe, TokenizerTables tables)
    {
        var length = end - start;
        if (lastApostrophe < 0)
        {
            var bare = tables.BareContractionSplit(text[start..end]);
            return bare > 0 ? start + bare : -1;
        }

        var tail = end - lastApostrophe;
        if (tail == 2 && lastApostrophe - start >= 2 && (text[end - 1] | 0x20) == 't' && (text[lastApostrophe - 1] | 0x20) == 'n')
        {
            return lastApostrophe - 1;
        }

        if (lastApostrophe == start)
        {
            return -1;
        }

        if (tail == 2 && (text[end - 1] | 0x20) is 's' or 'm' or 'd')
        {
            return lastApostrophe;
        }

        if (tail == 3 && length > 3)
        {
            var a = (char)(text[end - 2] | 0x20);
            var b = (char)(text[end - 1] | 0x20);
            if ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l'))
            {
                return lastApostrophe;
            }
        }

        return -1;
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> text, int start, int end, bool innerPeriod, TokenizerTables tables)
    {
        var length = end - start;
        if (length == 1)
        {
            return CharTable.Of(text[start]) == CharClass.Letter && text[start] != 'I' && text[start] != 'a' && !EndsSentence(text, end + 1, tables);
        }

        if (innerPeriod)
        {
            var lastPeriod = text[start..end].LastIndexOf('.');
            return end - (start + lastPeriod + 1) <= 2 && !char.IsAsciiDigit(text[end - 1]) && !EndsSentence(text, end + 1, tables);
        }

        if (length > 8 || !tables.IsAbbreviation(text.Slice(start, length + 1)))
        {
            return false;
        }

        if (!tables.IsTitle(text.Slice(start, length + 1)) && EndsSentence(text, end + 1, tables))
        {
            return false;
        }

        if (text[start] is 'N' or 'n' && text[start + 1] == 'o' && (length == 2 || text[start + 2] == 's'))
        {
            var k = end + 1;
            while (k < text.Length && text[k] == ' ')
            {
                k++;
            }

            return k < text.Length && char.IsAsciiDigit(text[k]);
        }

        return true;
    }

    private static bool AtLineStart(ReadOnlySpan<char> text, int start)
    {
        var k = start - 1;
        while (k >= 0 && text[k] is ' ' or '\t')
        {
            k--;
        }

        return k < 0 || text[k] is '\n' or '\r';
    }

    private static int UnitStart(ReadOnlySpan<char> text, int start, int end)
    {
        var p = start;
        while (p < end && char.IsAsciiDigit(text[p]))
        {
            p++;
        }

        for (var k = p; k < end; k++)
        {
            if (!char.IsAsciiLetter(text[k]))
            {
                return -1;
            }
        }

        var suffix = text[p..end];
        if (suffix.Length == 1)
        {
            return (suffix[0] | 0x20) is 'm' or 'k' or 'b' or 'x' or 'f' or 'p' ? p : -1;
        }

        return suffix.Equals("th", StringComparison.OrdinalIgnoreCase) || suffix.Equals("st", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase)
            ? -1 : p;
    }

    private static bool EndsSentence(ReadOnlySpan<char> text, int k, TokenizerTables tables)
    {
        while (k < text.Length && text[k] is ' ' or '\t')
        {
            k++;
        }

        if (k >= text.Length || text[k] is '\n' or '\r')
        {
            return true;
        }

        var wordEnd = k;
        while (wordEnd < text.Length && wordEnd - k < 13 && char.IsAsciiLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return wordEnd > k && (wordEnd == text.Length || !char.IsLetterOrDigit(text[wordEnd])) && tables.IsSentenceStarter(text[k..wordEnd]);
    }

    private static bool IsLetterSlashLetter(ReadOnlySpan<char> text, int segmentStart, int slash) =>
        slash - segmentStart == 1 && char.IsAsciiLetter(text[segmentStart]) && slash + 2 <= text.Length && char.IsAsciiLetter(text[slash + 1])
        && (slash + 2 == text.Length || !char.IsLetterOrDigit(text[slash + 2]));

    private static bool TryObfuscatedEmail(ReadOnlySpan<char> text, int k, out int atIndex)
    {
        atIndex = k;
        while (k < text.Length && k - atIndex < 4 && text[k] == '.')
        {
            k++;
        }

        if (k < text.Length && text[k] == '@')
        {
            atIndex = k;
            return true;
        }

        return false;
    }

    private static bool KeepHyphen(ReadOnlySpan<char> text, int segmentStart, int hyphen, TokenizerTables tables)
    {
        var segment = text[segmentStart..hyphen];
        if (tables.IsHyphenPrefix(segment))
        {
            return true;
        }

        if (IsDigits(segment))
        {
            var k = hyphen + 1;
            var digits = 0;
            while (k < text.Length && char.IsAsciiDigit(text[k]))
            {
                k++;
                digits++;
            }

            return (digits >= 4 && segment.Length != 4) || (digits >= 3 && k + 1 < text.Length && text[k] == '-' && char.IsAsciiDigit(text[k + 1]));
        }

        return false;
    }

    private static bool IsDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsThousands(ReadOnlySpan<char> text, int k) =>
        k + 3 <= text.Length && char.IsAsciiDigit(text[k]) && char.IsAsciiDigit(text[k + 1]) && char.IsAsciiDigit(text[k + 2])
        && (k + 3 == text.Length || !char.IsAsciiDigit(text[k + 3]));

    private static bool TryUrl(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        var rest = text[start..];
        int prefix;
        var c = rest[0] | 0x20;
        if (c == 'h' && StartsWithAsciiIgnoreCase(rest, "http://"))
        {
            prefix = 7;
        }
        else if (c == 'h' && StartsWithAsciiIgnoreCase(rest, "https://"))
        {
            prefix = 8;
        }
        else if (c == 'f' && StartsWithAsciiIgnoreCase(rest, "ftp://"))
        {
            prefix = 6;
        }
        else if (c == 'w' && StartsWithAsciiIgnoreCase(rest, "www."))
        {
            prefix = 4;
        }
        else
        {
            return false;
        }

        var j = start + prefix;
        var open = 0;
        while (j < text.Length)
        {
            var ch = text[j];
            var k = CharTable.Of(ch);
            if (k is CharClass.Space or CharClass.Other or CharClass.LowSurrogate or CharClass.HighSurrogate or CharClass.Emoji
                || ch is '"' or '<' or '>' or '\u201C' or '\u201D' or '\u2018' or '\u2019')
            {
                break;
            }

            open += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            j++;
        }

        while (j > start + prefix)
        {
            var last = text[j - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or ']' or '}' || (last == ')' && open < 0))
            {
                open += last == ')' ? 1 : 0;
                j--;
            }
            else
            {
                break;
            }
        }

        if (j <= start + prefix)
        {
            return false;
        }

        end = j;
        return true;
    }

    private static bool StartsWithAsciiIgnoreCase(ReadOnlySpan<char> text, string lowerPrefix)
    {
        if (text.Length < lowerPrefix.Length)
        {
            return false;
        }

        for (var k = 1; k < lowerPrefix.Length; k++)
        {
            if ((text[k] | 0x20) != lowerPrefix[k])
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryEmailDomain(ReadOnlySpan<char> text, int k, out int end)
    {
        end = k;
        var limit = Math.Min(text.Length, k + 255);
        var j = k;
        while (j < limit && (char.IsAsciiLetterOrDigit(text[j]) || ((text[j] == '.' || text[j] == '-') && j > k)))
        {
            j++;
        }

        while (j > k && text[j - 1] is '.' or '-')
        {
            j--;
        }

        var lastDot = text[k..j].LastIndexOf('.');
        if (j - k < 2 || (lastDot >= 0 && k + lastDot >= j - 2) || !char.IsAsciiLetter(text[j - 1]))
        {
            return false;
        }

        end = j;
        return true;
    }

    private static int ScanPeriods(ReadOnlySpan<char> text, int start, TokenBuffer buffer)
    {
        var j = start + 1;
        while (j < text.Length && text[j] == '.')
        {
            j++;
        }

        if (j - start == 1)
        {
            if (j < text.Length && char.IsAsciiDigit(text[j]) && (start == 0 || char.IsWhiteSpace(text[start - 1]) || text[start - 1] == '('))
            {
                var digitsEnd = j;
                while (digitsEnd < text.Length && char.IsAsciiDigit(text[digitsEnd]))
                {
                    digitsEnd++;
                }

                return Emit(buffer, start, digitsEnd - start, TokenKind.Number);
            }

            var letters = 0;
            while (j + letters < text.Length && letters <= 4 && char.IsAsciiLetterLower(text[j + letters]))
            {
                letters++;
            }

            if (letters is >= 2 and <= 4 && start > 0 && !char.IsWhiteSpace(text[start - 1])
                && (j + letters == text.Length || !char.IsLetterOrDigit(text[j + letters])))
            {
                return Emit(buffer, start, 1 + letters, TokenKind.Word);
            }

            if (j < text.Length && CharTable.Of(text[j]) == CharClass.Terminal)
            {
                return ScanRun(text, start, buffer, static k => k is CharClass.Terminal or CharClass.Period, TokenKind.Punctuation);
            }
        }

        return Emit(buffer, start, j - start, TokenKind.Punctuation);
    }

    private static int ScanRun(ReadOnlySpan<char> text, int start, TokenBuffer buffer, Func<CharClass, bool> member, TokenKind kind)
    {
        var j = start + 1;
        while (j < text.Length && member(CharTable.Of(text[j])))
        {
            j++;
        }

        return Emit(buffer, start, j - start, kind);
    }

    private static int ScanSame(ReadOnlySpan<char> text, int start, TokenBuffer buffer, TokenKind kind)
    {
        var c = text[start];
        var j = start + 1;
        while (j < text.Length && text[j] == c)
        {
            j++;
        }

        return Emit(buffer, start, j - start, kind);
    }

    private static bool IsSingleQuote(char c) => c is '\'' or '\u2019' or '\u2018' or '`';

    private static int ScanApostrophe(ReadOnlySpan<char> text, int start, TokenBuffer buffer)
    {
        var n = text.Length;
        if (start + 1 < n && IsSingleQuote(text[start + 1]))
        {
            return Emit(buffer, start, 2, TokenKind.Punctuation);
        }

        if (start + 2 < n && char.IsAsciiDigit(text[start + 1]) && char.IsAsciiDigit(text[start + 2]) && (start + 3 == n || !char.IsLetterOrDigit(text[start + 3])))
        {
            return Emit(buffer, start, 3, TokenKind.Number);
        }

        if (start + 1 < n && (text[start + 1] | 0x20) == 's' && (start + 2 == n || !char.IsLetterOrDigit(text[start + 2]))
            && start > 0 && char.IsWhiteSpace(text[start - 1]) && text[start] != '`')
        {
            return Emit(buffer, start, 2, TokenKind.Word);
        }

        return Emit(buffer, start, 1, TokenKind.Punctuation);
    }

    private static int ScanPlus(ReadOnlySpan<char> text, int start, TokenBuffer buffer)
    {
        var j = start + 1;
        if (j < text.Length && char.IsAsciiDigit(text[j]) && (start == 0 || char.IsWhiteSpace(text[start - 1]) || text[start - 1] == '('))
        {
            while (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                j++;
            }

            if (j == text.Length || !char.IsLetter(text[j]))
            {
                return Emit(buffer, start, j - start, TokenKind.Number);
            }
        }

        return ScanSame(text, start, buffer, TokenKind.Symbol);
    }

    private static int ScanPunct(ReadOnlySpan<char> text, int start, TokenBuffer buffer)
    {
        var c = text[start];
        if (c == '\u2018' && start + 1 < text.Length && IsSingleQuote(text[start + 1]))
        {
            return Emit(buffer, start, 2, TokenKind.Punctuation);
        }

        if (c is '\u2014' or '\u2013' or '\u2015' or '\u2026' or '\u2500')
        {
            return ScanSame(text, start, buffer, TokenKind.Punctuation);
        }

        return Emit(buffer, start, 1, TokenKind.Punctuation);
    }

    private static int ScanSquare(ReadOnlySpan<char> text, int start, TokenBuffer buffer)
    {
        var j = start + 1;
        while (j < text.Length && j - start <= 4 && char.IsAsciiDigit(text[j]))
        {
            j++;
        }

        if (j > start + 1 && j - start <= 4 && j < text.Length && text[j] == ']')
        {
            return Emit(buffer, start, j + 1 - start, TokenKind.FootnoteMarker);
        }

        return Emit(buffer, start, 1, TokenKind.Punctuation);
    }

    private static int ScanTag(ReadOnlySpan<char> text, int start, TokenBuffer buffer)
    {
        var j = start + 1;
        while (j < text.Length && (CharTable.IsWordChar(CharTable.Of(text[j])) || text[j] == '_'
            || (text[j] == '.' && j + 1 < text.Length && j > start + 1 && CharTable.IsWordChar(CharTable.Of(text[j + 1])))))
        {
            j++;
        }

        if (j - start >= 2 && CharTable.Of(text[start + 1]) != CharClass.Digit)
        {
            return Emit(buffer, start, j - start, TokenKind.Tag);
        }

        return Emit(buffer, start, 1, TokenKind.Symbol);
    }

    private static int ScanSurrogate(ReadOnlySpan<char> text, int start, TokenBuffer buffer, TokenizerTables tables)
    {
        if (start + 1 >= text.Length || !char.IsLowSurrogate(text[start + 1]))
        {
            return Emit(buffer, start, 1, TokenKind.Other);
        }

        return CharTable.OfCodePoint(char.ConvertToUtf32(text[start], text[start + 1])) switch
        {
            CharClass.Emoji => ScanEmoji(text, start, buffer),
            CharClass.Letter or CharClass.Digit => ScanWord(text, start, buffer, tables),
            CharClass.Han => ScanHan(text, start, buffer),
            CharClass.Symbol => Emit(buffer, start, 2, TokenKind.Symbol),
            CharClass.Punct or CharClass.Terminal => Emit(buffer, start, 2, TokenKind.Punctuation),
            _ => Emit(buffer, start, 2, TokenKind.Other),
        };
    }

    private static int ScanHan(ReadOnlySpan<char> text, int start, TokenBuffer buffer)
    {
        var j = start;
        while (j < text.Length)
        {
            var c = text[j];
            if (CharTable.Of(c) == CharClass.Han)
            {
                j++;
            }
            else if (char.IsHighSurrogate(c) && j + 1 < text.Length && char.IsLowSurrogate(text[j + 1])
                && CharTable.IsHan(char.ConvertToUtf32(c, text[j + 1])))
            {
                j += 2;
            }
            else
            {
                break;
            }
        }

        return Emit(buffer, start, j - start, TokenKind.Word);
    }

    private static int ScanEmoji(ReadOnlySpan<char> text, int start, TokenBuffer buffer)
    {
        var first = CodePointAt(text, start, out var width);
        var j = start + width;
        if (first is >= 0x1F1E6 and <= 0x1F1FF)
        {
            if (CodePointAt(text, j, out var w2) is >= 0x1F1E6 and <= 0x1F1FF)
            {
                j += w2;
            }

            return Emit(buffer, start, j - start, TokenKind.Emoji);
        }

        while (true)
        {
            j = SkipModifiers(text, j);
            if (j + 1 < text.Length && text[j] == '\u200D')
            {
                var cp = CodePointAt(text, j + 1, out var w);
                if (cp > 0 && CharTable.IsEmoji(cp))
                {
                    j += 1 + w;
                    continue;
                }
            }

            break;
        }

        return Emit(buffer, start, j - start, TokenKind.Emoji);
    }

    private static int SkipModifiers(ReadOnlySpan<char> text, int j)
    {
        while (j < text.Length)
        {
            var c = text[j];
            if (c is '\uFE0F' or '\uFE0E' or '\u20E3')
            {
                j++;
                continue;
            }

            var cp = CodePointAt(text, j, out var w);
            if (cp is (>= 0x1F3FB and <= 0x1F3FF) or (>= 0xE0020 and <= 0xE007F))
            {
                j += w;
                continue;
            }

            break;
        }

        return j;
    }

    private static int CodePointAt(ReadOnlySpan<char> text, int index, out int width)
    {
        width = 1;
        if (index >= text.Length)
        {
            width = 0;
            return -1;
        }

        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, text[index + 1]);
        }

        return char.IsSurrogate(c) ? -1 : c;
    }
}
