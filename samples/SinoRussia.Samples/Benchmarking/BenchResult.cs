namespace SinoRussia.Samples.Benchmarking;

/// <summary>The measured figures of one case on one corpus.</summary>
internal sealed record BenchResult(string Name, string Corpus, bool IsBaseline, int Threads, long Tokens, double Seconds, long AllocatedBytes)
{
    public double TokensPerSecond => Tokens / Seconds;

    public double BytesPerToken => Tokens == 0 ? 0 : (double)AllocatedBytes / Tokens;
}
