using System.Globalization;

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
            + $"each cell in its own process ({settings.Gc.ToString().ToLowerInvariant()} GC), {Math.Min(settings.WarmUpSeconds, settings.MinSeconds):0.##} s warm-up, "
            + $"passes repeated for at least {settings.MinSeconds:0.##} s (seconds = one pass); {Environment.ProcessorCount} logical processors; .NET {Environment.Version}."));
        output.WriteLine(ScaleReport.Header);
        var cells = new List<ScaleCellResult>();
        foreach (var threads in settings.Threads)
        {
            foreach (var size in settings.Sizes)
            {
                try
                {
                    var cell = measureCell(settings, size, threads, cancellationToken);
                    cells.Add(cell);
                    output.WriteLine(ScaleReport.Row(cell));
                }
                catch (OperationCanceledException)
                {
                    error.WriteLine($"Cancelled during the {size}x / {threads} thread(s) cell; {cells.Count} cell(s) completed.");
                    return 130;
                }
                catch (Exception e) when (e is InvalidOperationException or FormatException or IOException or System.ComponentModel.Win32Exception)
                {
                    error.WriteLine($"error: {e.Message}");
                    return 1;
                }
            }
        }

        output.WriteLine();
        var report = new ScaleReport(settings, cells);
        report.WriteSummary(output);
        if (settings.JsonPath is { } path)
        {
            try
            {
                using var stream = File.Create(path);
                report.WriteJson(stream);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: cannot write {path}: {e.Message}");
                return 1;
            }
        }

        return 0;
    }
}
