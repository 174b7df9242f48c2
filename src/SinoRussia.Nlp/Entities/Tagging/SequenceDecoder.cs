namespace SinoRussia.Nlp.Entities.Tagging;

internal static class SequenceDecoder
{
    public static float[] MaskTransitions(ReadOnlySpan<float> raw, int tagCount)
    {
        var masked = new float[(tagCount + 1) * tagCount];
        for (var from = 0; from <= tagCount; from++)
        {
            for (var to = 0; to < tagCount; to++)
            {
                var allowed = from == tagCount ? TagScheme.IsAllowedStart(to) : TagScheme.IsAllowed(from, to);
                masked[(from * tagCount) + to] = allowed ? raw[(from * tagCount) + to] : float.NegativeInfinity;
            }
        }

        return masked;
    }

    public static int[][] AllowedPredecessors(int tagCount)
    {
        var result = new int[tagCount][];
        for (var to = 0; to < tagCount; to++)
        {
            var list = new List<int>();
            for (var from = 0; from < tagCount; from++)
            {
                if (TagScheme.IsAllowed(from, to))
                {
                    list.Add(from);
                }
            }

            result[to] = [.. list];
        }

        return result;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Viterbi(ReadOnlySpan<float> emissions, int n, int tagCount, ReadOnlySpan<float> transitions, int[][] predecessors, Span<float> delta, Span<int> back, Span<int> tags)
    {
        var start = transitions.Slice(tagCount * tagCount, tagCount);
        for (var t = 0; t < tagCount; t++)
        {
            delta[t] = start[t] + emissions[t];
        }

        for (var i = 1; i < n; i++)
        {
            var prev = delta.Slice((i - 1) * tagCount, tagCount);
            var cur = delta.Slice(i * tagCount, tagCount);
            var bp = back.Slice(i * tagCount, tagCount);
            var em = emissions.Slice(i * tagCount, tagCount);
            for (var t = 0; t < tagCount; t++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                foreach (var f in predecessors[t])
                {
                    var s = prev[f] + transitions[(f * tagCount) + t];
                    if (s > best)
                    {
                        best = s;
                        arg = f;
                    }
                }

                cur[t] = best + em[t];
                bp[t] = arg;
            }
        }

        Backtrack(n, tagCount, delta, back, tags);
    }

    private static void Backtrack(int n, int tagCount, Span<float> delta, Span<int> back, Span<int> tags)
    {
        var last = delta.Slice((n - 1) * tagCount, tagCount);
        var bestEnd = float.NegativeInfinity;
        var argEnd = 0;
        for (var t = 0; t < tagCount; t++)
        {
            if (TagScheme.IsAllowedEnd(t) && last[t] > bestEnd)
            {
                bestEnd = last[t];
                argEnd = t;
            }
        }

        tags[n - 1] = argEnd;
        for (var i = n - 1; i > 0; i--)
        {
            tags[i - 1] = back[(i * tagCount) + tags[i]];
        }
    }
}
