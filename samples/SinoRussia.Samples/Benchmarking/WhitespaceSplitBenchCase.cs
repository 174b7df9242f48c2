namespace SinoRussia.Samples.Benchmarking;

/// <summary>The floor of the work: counting whitespace-separated runs with a span scan, recording nothing.</summary>
internal sealed class WhitespaceSplitBenchCase : IBenchCase
{
    public string Name => "baseline.whitespace-split";

    public bool IsBaseline => true;

    public void Prepare(BenchCorpus corpus)
    {
    }

    public long RunOnce(BenchCorpus corpus)
    {
        long count = 0;
        foreach (var text in corpus.Documents)
        {
            count += Count(text);
        }

        return count;
    }

    private static long Count(ReadOnlySpan<char> text)
    {
        long count = 0;
        var inToken = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inToken)
            {
                count++;
            }

            inToken = !space;
        }

        return count;
    }
}
