using System.Diagnostics;

namespace SinoRussia.Samples.Benchmarking;

/// <summary>Times cases on the calling thread: one second of warm-up passes (so tiered JIT settles), then repeated passes for a fixed duration.</summary>
internal static class BenchRunner
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(1);

    public static BenchResult Run(IBenchCase benchCase, BenchCorpus corpus, TimeSpan duration)
    {
        benchCase.Prepare(corpus);
        var warmUp = Stopwatch.StartNew();
        do
        {
            benchCase.RunOnce(corpus);
        }
        while (warmUp.Elapsed < WarmUp);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long tokens = 0;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        do
        {
            tokens += benchCase.RunOnce(corpus);
        }
        while (watch.Elapsed < duration);

        watch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        return new BenchResult(benchCase.Name, corpus.Name, benchCase.IsBaseline, 1, tokens, watch.Elapsed.TotalSeconds, allocated);
    }
}
