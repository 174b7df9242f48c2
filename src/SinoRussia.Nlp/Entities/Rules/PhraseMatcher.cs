using SinoRussia.Nlp.Documents;

namespace SinoRussia.Nlp.Entities.Rules;

internal sealed class PhraseMatcher
{
    private readonly bool _skipLowerInitial;
    private readonly Dictionary<string, Entry[]> _byKey;
    private readonly Dictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PhraseMatcher(IEnumerable<EntityPattern> patterns, bool ignoreCaseByDefault)
    {
        _skipLowerInitial = true;
        var groups = new Dictionary<string, List<Entry>>(StringComparer.OrdinalIgnoreCase);
        var order = 0;
        foreach (var p in patterns)
        {
            var key = KeyOf(p.Pattern.AsSpan());
            if (key.IsEmpty)
            {
                continue;
            }

            var k = key.ToString();
            if (!groups.TryGetValue(k, out var list))
            {
                groups.Add(k, list = []);
            }

            var ignoreCase = p.IgnoreCase ?? ignoreCaseByDefault;
            if (ignoreCase || char.IsLower(p.Pattern[0]))
            {
                _skipLowerInitial = false;
            }

            list.Add(new Entry(p.Pattern, p.Label, p.Id, ignoreCase, order++));
        }

        _byKey = new Dictionary<string, Entry[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (k, list) in groups)
        {
            _byKey.Add(k, [.. list.OrderByDescending(e => e.Pattern.Length).ThenBy(e => e.Order)]);
        }

        _lookup = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = order;
    }

    public int Count { get; }

    public void Match(Document document, int from, int to, List<EntityCandidate> output)
    {
        var text = document.Text;
        var starts = document.TokenStarts;
        var lengths = document.TokenLengths;
        var sentenceEnd = starts[to - 1] + lengths[to - 1];
        for (var i = from; i < to; i++)
        {
            if (_skipLowerInitial && char.IsLower(text[starts[i]]))
            {
                continue;
            }

            var token = text.AsSpan(starts[i], lengths[i]);
            var key = KeyOf(token);
            if (key.IsEmpty || !_lookup.TryGetValue(key, out var entries))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                var end = MatchAt(text, starts[i], sentenceEnd, entry);
                if (end < 0)
                {
                    continue;
                }

                var last = document.TokenIndexAt(end - 1);
                if (last < i || last >= to || starts[last] + lengths[last] != end)
                {
                    continue;
                }

                output.Add(new EntityCandidate(i, last + 1, entry.Label, 1f, entry.Id, CandidateSource.Ruler));
                i = last;
                break;
            }
        }
    }

    private static int MatchAt(string text, int start, int limit, Entry entry)
    {
        var pattern = entry.Pattern;
        var d = start;
        var p = 0;
        while (p < pattern.Length)
        {
            var pc = pattern[p];
            if (char.IsWhiteSpace(pc))
            {
                if (d >= limit || !char.IsWhiteSpace(text[d]))
                {
                    return -1;
                }

                while (p < pattern.Length && char.IsWhiteSpace(pattern[p]))
                {
                    p++;
                }

                while (d < limit && char.IsWhiteSpace(text[d]))
                {
                    d++;
                }

                continue;
            }

            if (d >= limit || !Same(pc, text[d], entry.IgnoreCase))
            {
                return -1;
            }

            p++;
            d++;
        }

        return d;
    }

    private static bool Same(char a, char b, bool ignoreCase)
    {
        if (a == b)
        {
            return true;
        }

        if ((a == '\'' || a == '\u2019') && (b == '\'' || b == '\u2019'))
        {
            return true;
        }

        return ignoreCase && char.ToLowerInvariant(a) == char.ToLowerInvariant(b);
    }

    private static ReadOnlySpan<char> KeyOf(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return s;
        }

        if (!char.IsLetterOrDigit(s[0]))
        {
            return s[..1];
        }

        var n = 1;
        while (n < s.Length && char.IsLetterOrDigit(s[n]))
        {
            n++;
        }

        return s[..n];
    }

    private sealed record Entry(string Pattern, string Label, string? Id, bool IgnoreCase, int Order);
}
