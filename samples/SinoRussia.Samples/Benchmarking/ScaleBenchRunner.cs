using System.Globalization;
using SinoRussia.Samples.Commands;

namespace SinoRussia.Samples.Benchmarking;

/// <summary>
/// <c>bench --scale</c>: measures every (threads, size) cell with <paramref name="measureCell"/> (by default a child
/// process per cell), prints the table as cells finish, then the derived figures, and optionally writes JSON.
/// </summary>
internal sealed class ScaleBenchRunner(TextWriter output, TextWriter error, Func<ScaleBenchSettings, int, int, CancellationToken, ScaleCellResult> measureCell)
{
    public ScaleBenchRunner(TextWriter output, TextWriter error)
        : this(output, error, ScaleChildProcess.Run)
    {
    }

    public int Run(ScaleBenchSettings settings, CancellationToken cancellationToken)
    {
        ScaleSeedStream seeds;
        try
        {
            seeds = ScaleSeedStream.Load(settings.Data);
        }
        catch (IOException e)
        {
            error.WriteLine($"error: {e.Message}");
            return 1;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Whole pipeline (tokens, paragraphs, sentences, entities, stance) streamed over N copies of the {seeds.SeedCount} seed documents; "
            + $"each run of a cell in its own process ({settings.Gc.ToString().ToLowerInvariant()} GC), {settings.WarmUpSeconds:0.##} s warm-up, "
            + $"passes repeated for at least {settings.MinSeconds:0.##} s (seconds = one pass); fastest of {settings.Repeat} run(s) per cell, peak working set the largest of them; "
            + $"{Environment.ProcessorCount} logical processors; .NET {Environment.Version}."));
        var runs = new Dictionary<(int Threads, int Size), List<ScaleCellResult>>();
        for (var round = 1; round <= settings.Repeat; round++)
        {
            foreach (var threads in settings.Threads)
            {
                foreach (var size in settings.Sizes)
                {
                    try
                    {
                        var run = measureCell(settings, size, threads, cancellationToken);
                        if (!runs.TryGetValue((threads, size), out var list))
                        {
                            runs[(threads, size)] = list = [];
                        }

                        list.Add(run);
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"  run {round}/{settings.Repeat}: {size}x, {threads} thread(s): {run.TokensPerSecond:N0} tokens/s, {run.CoresBusy:F2} cores busy, peak {run.PeakWorkingSetMegabytes:F1} MB"));
                    }
                    catch (OperationCanceledException)
                    {
                        error.WriteLine($"Cancelled during run {round} of the {size}x / {threads} thread(s) cell; no table written.");
                        return 130;
                    }
                    catch (Exception e) when (e is InvalidOperationException or FormatException or IOException or System.ComponentModel.Win32Exception)
                    {
                        error.WriteLine($"error: {e.Message}");
                        return 1;
                    }
                }
            }
        }

        var cells = new List<ScaleCellResult>();
        foreach (var threads in settings.Threads)
        {
            foreach (var size in settings.Sizes)
            {
                var list = runs[(threads, size)];
                cells.Add(list.MaxBy(r => r.TokensPerSecond)! with
                {
                    PeakWorkingSetBytes = list.Max(r => r.PeakWorkingSetBytes),
                    RunTokensPerSecond = list.Select(r => r.TokensPerSecond).ToArray(),
                });
            }
        }

        output.WriteLine();
        output.WriteLine(ScaleReport.Header);
        foreach (var cell in cells)
        {
            output.WriteLine(ScaleReport.Row(cell));
        }

        output.WriteLine();
        var report = new ScaleReport(settings, cells);
        report.WriteSummary(output);
        if (settings.JsonPath is { } jsonPath && !JsonFileOutput.TryWrite(jsonPath, WriteReport, error))
        {
            return 1;
        }

        return 0;

        void WriteReport(string file)
        {
            using var stream = File.Create(file);
            report.WriteJson(stream);
        }
    }
}
