namespace SinoRussia.Nlp.Entities.Tagging;

internal static class WordForms
{
    public const int MaxShape = 16;
    public const int AffixLength = 3;

    public static int Lower(ReadOnlySpan<char> word, Span<char> destination)
    {
        var n = Math.Min(word.Length, destination.Length);
        for (var i = 0; i < n; i++)
        {
            destination[i] = char.ToLowerInvariant(word[i]);
        }

        return n;
    }

    public static int Shape(ReadOnlySpan<char> word, Span<char> destination)
    {
        var n = 0;
        var last = '\0';
        var run = 0;
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            if (s == last)
            {
                run++;
                if (run >= 3)
                {
                    continue;
                }
            }
            else
            {
                last = s;
                run = 0;
            }

            if (n == destination.Length)
            {
                break;
            }

            destination[n++] = s;
        }

        return n;
    }

    public static int Prefix(ReadOnlySpan<char> word, Span<char> destination) =>
        Lower(word[..Math.Min(AffixLength, word.Length)], destination);

    public static int Suffix(ReadOnlySpan<char> word, Span<char> destination, int length = AffixLength) =>
        Lower(word[Math.Max(0, word.Length - length)..], destination);

    /// <summary>Writes "Malaysia" for "malaysia" or "MALAYSIA"; 0 when the word is mixed case, has no letter or does not fit.</summary>
    public static int TitleCase(ReadOnlySpan<char> word, Span<char> destination)
    {
        if (word.Length == 0 || word.Length > destination.Length || !char.IsLetter(word[0]))
        {
            return 0;
        }

        var hasUpper = false;
        var hasLower = false;
        foreach (var c in word)
        {
            hasUpper |= char.IsUpper(c);
            hasLower |= char.IsLower(c);
        }

        if (hasUpper && hasLower)
        {
            return 0;
        }

        destination[0] = char.ToUpperInvariant(word[0]);
        for (var i = 1; i < word.Length; i++)
        {
            destination[i] = char.ToLowerInvariant(word[i]);
        }

        return word.Length;
    }
}
