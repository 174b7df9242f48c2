using System.Diagnostics;
using System.Globalization;

namespace SinoRussia.Samples.Benchmarking;

/// <summary>
/// Runs one <c>bench --scale</c> cell in a fresh process of this app (<c>bench --scale-cell</c>), so each cell's peak
/// working set is its own, and reads the result line it prints.
/// </summary>
internal static class ScaleChildProcess
{
    public const string CellOption = "--scale-cell";

    public static ScaleCellResult Run(ScaleBenchSettings settings, int size, int threads, CancellationToken cancellationToken)
    {
        var start = StartInfo();
        foreach (var argument in CellArguments(settings, size, threads))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_gcServer"] = settings.Gc == ScaleGcMode.Server ? "1" : "0";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the cell process.");
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            process.WaitForExitAsync(cancellationToken).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw;
        }

        var stdout = output.GetAwaiter().GetResult();
        var stderr = error.GetAwaiter().GetResult().Trim();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"cell {size}x / {threads} thread(s) exited with code {process.ExitCode}: {stderr}");
        }

        var line = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault()
            ?? throw new InvalidOperationException($"cell {size}x / {threads} thread(s) printed no result. {stderr}");
        return ScaleCellResult.FromJsonLine(line);
    }

    public static IReadOnlyList<string> CellArguments(ScaleBenchSettings settings, int size, int threads) =>
    [
        "bench",
        CellOption,
        "--sizes", size.ToString(CultureInfo.InvariantCulture),
        "--threads", threads.ToString(CultureInfo.InvariantCulture),
        "--seconds", settings.MinSeconds.ToString("R", CultureInfo.InvariantCulture),
        "--warm-up", settings.WarmUpSeconds.ToString("R", CultureInfo.InvariantCulture),
        "--data", settings.Data.FullName,
    ];

    private static ProcessStartInfo StartInfo()
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("cannot find the running executable to start a cell process.");
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // Started as `dotnet app.dll` the host needs the assembly; started through the app host (`dotnet run`) it does not.
        if (string.Equals(Path.GetFileNameWithoutExtension(host), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(ScaleChildProcess).Assembly.Location);
        }

        return start;
    }
}
