using System.Diagnostics;
using System.Runtime;
using SinoRussia.Nlp.Pipeline;

namespace SinoRussia.Samples.Benchmarking;

/// <summary>
/// Measures one <c>bench --scale</c> cell in the current process: warm-up passes over the seed corpus (JIT, model
/// caches), then timed streaming passes over N copies, each result counted and dropped.
/// </summary>
internal static class ScaleCellRunner
{
    public static ScaleCellResult Run(NlpPipeline pipeline, ScaleSeedStream seeds, int size, int threads, double minSeconds, double warmUpSeconds, CancellationToken cancellationToken = default)
    {
        var options = new PipelineBatchOptions { MaxDegreeOfParallelism = threads };
        var warmUp = Stopwatch.StartNew();
        var warmUpPasses = 0;
        do
        {
            Pass(pipeline, seeds.Copies(1), options, cancellationToken);
            warmUpPasses++;
        }
        while (warmUp.Elapsed.TotalSeconds < warmUpSeconds || warmUpPasses < 2);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var gen2Before = GC.CollectionCount(2);
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var pauseBefore = GC.GetTotalPauseDuration();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var passes = 0;
        var counts = default(PassCounts);
        var watch = Stopwatch.StartNew();
        do
        {
            counts = Pass(pipeline, seeds.Copies(size), options, cancellationToken);
            passes++;
        }
        while (watch.Elapsed.TotalSeconds < minSeconds);

        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var pause = GC.GetTotalPauseDuration() - pauseBefore;
        var gen2 = GC.CollectionCount(2) - gen2Before;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        return new ScaleCellResult(
            size,
            threads,
            counts.Documents,
            counts.Tokens,
            counts.Sentences,
            counts.Entities,
            passes,
            watch.Elapsed.TotalSeconds / passes,
            process.PeakWorkingSet64,
            DescribeGc(),
            gen2)
        {
            FailedDocuments = counts.Failed,
            CpuSeconds = cpu.TotalSeconds / passes,
            GcPauseSeconds = pause.TotalSeconds / passes,
            AllocatedBytes = allocated / passes,
        };
    }

    public static string DescribeGc() =>
        (GCSettings.IsServerGC ? "server" : "workstation")
        + (GCSettings.LatencyMode == GCLatencyMode.Batch ? ", non-concurrent" : ", concurrent");

    private static PassCounts Pass(NlpPipeline pipeline, IEnumerable<string?> texts, PipelineBatchOptions options, CancellationToken cancellationToken)
    {
        var counts = default(PassCounts);
        foreach (var result in pipeline.Process(texts, options, cancellationToken))
        {
            counts.Documents++;
            if (!result.Succeeded)
            {
                counts.Failed++;
                continue;
            }

            var document = result.Document;
            counts.Tokens += document.Tokens.Count;
            counts.Sentences += document.Sentences.Count;
            counts.Entities += document.Entities.Count;
        }

        return counts;
    }

    private struct PassCounts
    {
        public long Documents;
        public long Failed;
        public long Tokens;
        public long Sentences;
        public long Entities;
    }
}
