using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SinoRussia.Nlp.Corpora;
using SinoRussia.Samples.Commands;

namespace SinoRussia.Samples.Benchmarking;

/// <summary><c>bench</c>: tokens per second on one thread for the tokeniser and segmenters beside in-process baselines; <c>bench --scale</c>: whole-pipeline throughput over growing corpora and thread counts.</summary>
internal sealed class BenchCommand : ICliCommand
{
    private const int SeedCorpusBytes = 5 * 1024 * 1024;

    public Command Create()
    {
        var json = new Option<FileInfo?>("--json") { Description = "Also write the results as JSON to this file." };
        var seconds = new Option<double>("--seconds") { Description = "Timed seconds per row and corpus (after one second of warm-up). With --scale: the least timed seconds per cell (passes repeat until reached; 0 = one pass).", DefaultValueFactory = _ => 3 };
        var data = new Option<DirectoryInfo>("--data") { Description = "Folder of seed .txt documents.", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("samples", "data")) };
        var ewt = new Option<FileInfo>("--ewt") { Description = "UD English-EWT CoNLL-U file whose rebuilt raw text is the second corpus; skipped when absent.", DefaultValueFactory = _ => new FileInfo(Path.Combine("..", "shared", "data", "ud-english-ewt", "en_ewt-ud-train.conllu")) };
        var scale = new Option<bool>("--scale") { Description = "Instead: whole-pipeline throughput (tokens, sentences, entities, stance) streamed over growing copies of the seed corpus at each worker-thread count, with peak working set; each cell runs in its own process." };
        var sizes = new Option<string>("--sizes") { Description = "With --scale: copies of the seed corpus, comma-separated.", DefaultValueFactory = _ => "1,10,100", HelpName = "N,N,..." };
        var threads = new Option<string>("--threads") { Description = "With --scale: worker-thread counts, comma-separated.", DefaultValueFactory = _ => "1,2", HelpName = "N,N,..." };
        var warmUp = new Option<double>("--warm-up") { Description = "With --scale: untimed seconds of passes over the seed corpus before each cell is timed (JIT tiers, model caches; at least two passes).", DefaultValueFactory = _ => 2, HelpName = "S" };
        var repeat = new Option<int>("--repeat") { Description = "With --scale: runs per cell (rounds over all cells, each run a fresh process); the fastest is kept, against noise from other work on the machine.", DefaultValueFactory = _ => 3, HelpName = "N" };
        var gc = new Option<ScaleGcMode>("--gc") { Description = "With --scale: garbage collector of the cell processes.", DefaultValueFactory = _ => ScaleGcMode.Workstation };
        var cell = new Option<bool>(ScaleChildProcess.CellOption) { Description = "Internal: measure one --scale cell (one size, one thread count) in this process and print it as a JSON line.", Hidden = true };
        var command = new Command(
            "bench",
            "Measure tokens per second on ONE thread for the tokeniser and tokeniser + sentence + paragraph splitting over (a) the seed documents "
            + "repeated to at least 5 MB and (b) the UD English-EWT raw text, beside baselines measured in the same run (ML.NET TokenizeIntoWords, "
            + "a plain span whitespace split), with the ratio to each and the bytes allocated per token.\n"
            + "With --scale: whole-pipeline tokens/s at 1 and 2 worker threads over 1x, 10x and 100x the seed corpus (documents generated lazily, "
            + "results counted and dropped), peak working set per cell, the 1 -> 2 thread speed-up, the 10x -> 100x memory ratio and time linearity.\n\n"
            + "Examples:\n  bench --seconds 5 --json bench.json\n  bench --scale --json scale.json\n  bench --scale --sizes 1,10 --threads 1 --seconds 1 --repeat 1")
        {
            json,
            seconds,
            data,
            ewt,
            scale,
            sizes,
            threads,
            repeat,
            warmUp,
            gc,
            cell,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var isScale = parseResult.GetValue(scale);
            var isCell = parseResult.GetValue(cell);
            var error = parseResult.InvocationConfiguration.Error;
            var output = parseResult.InvocationConfiguration.Output;
            if (!isScale && !isCell)
            {
                var scaleOnly = new Option[] { sizes, threads, repeat, warmUp, gc }.FirstOrDefault(o => parseResult.GetResult(o) is { Implicit: false });
                if (scaleOnly is not null)
                {
                    error.WriteLine($"error: {scaleOnly.Name} is only used with --scale.");
                    return Task.FromResult(2);
                }

                return Task.Run(() => Run(parseResult.GetValue(data)!, parseResult.GetValue(ewt)!, parseResult.GetValue(seconds), parseResult.GetValue(json)), CancellationToken.None);
            }

            var dataFolder = parseResult.GetValue(data)!;
            if (parseResult.GetResult(data) is null or { Implicit: true } && !dataFolder.Exists)
            {
                dataFolder = new DirectoryInfo(Path.Combine(AppContext.BaseDirectory, "data"));
            }

            if (!TryScaleSettings(parseResult.GetValue(sizes), parseResult.GetValue(threads), parseResult.GetValue(seconds), parseResult.GetValue(warmUp), parseResult.GetValue(repeat), dataFolder, parseResult.GetValue(gc), parseResult.GetValue(json)?.FullName, out var settings, out var message))
            {
                error.WriteLine($"error: {message}");
                return Task.FromResult(2);
            }

            // The cell's consumer blocks while it waits for results in order: a dedicated thread leaves the pool's threads to the workers.
            return isCell
                ? Task.Factory.StartNew(() => RunScaleCell(settings, output, error, cancellationToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
                : Task.Run(() => new ScaleBenchRunner(output, error).Run(settings, cancellationToken), CancellationToken.None);
        });
        return command;
    }

    /// <summary>Validates the <c>--scale</c> options; <paramref name="message"/> names the bad one.</summary>
    internal static bool TryScaleSettings(string? sizes, string? threads, double seconds, double warmUp, int repeat, DirectoryInfo data, ScaleGcMode gc, string? jsonPath, out ScaleBenchSettings settings, out string message)
    {
        settings = new ScaleBenchSettings { Data = data };
        if (!ScaleBenchSettings.TryParseList(sizes, "--sizes", ScaleBenchSettings.MaxCopies, out var sizeList, out message)
            || !ScaleBenchSettings.TryParseList(threads, "--threads", ScaleBenchSettings.MaxThreads, out var threadList, out message))
        {
            return false;
        }

        if (seconds < 0 || double.IsNaN(seconds) || double.IsInfinity(seconds))
        {
            message = "--seconds must be 0 or more with --scale.";
            return false;
        }

        if (warmUp < 0 || double.IsNaN(warmUp) || double.IsInfinity(warmUp))
        {
            message = "--warm-up must be 0 or more.";
            return false;
        }

        if (repeat < 1 || repeat > ScaleBenchSettings.MaxRepeat)
        {
            message = $"--repeat must be from 1 to {ScaleBenchSettings.MaxRepeat}.";
            return false;
        }

        if (!Enum.IsDefined(gc))
        {
            message = "--gc must be workstation or server.";
            return false;
        }

        settings = settings with { Sizes = sizeList, Threads = threadList, MinSeconds = seconds, WarmUpSeconds = warmUp, Repeat = repeat, Gc = gc, JsonPath = jsonPath };
        return true;
    }

    private static int RunScaleCell(ScaleBenchSettings settings, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (settings.Sizes.Count != 1 || settings.Threads.Count != 1)
        {
            error.WriteLine($"error: {ScaleChildProcess.CellOption} takes exactly one --sizes and one --threads value.");
            return 2;
        }

        try
        {
            var seeds = ScaleSeedStream.Load(settings.Data);
            var pipeline = Analysis.AnalysisPipelineFactory.CreateDefault();
            var result = ScaleCellRunner.Run(pipeline, seeds, settings.Sizes[0], settings.Threads[0], settings.MinSeconds, settings.WarmUpSeconds, cancellationToken);
            output.WriteLine(result.ToJsonLine());
            return 0;
        }
        catch (IOException e)
        {
            error.WriteLine($"error: {e.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            return 130;
        }
    }

    private static int Run(DirectoryInfo data, FileInfo ewt, double seconds, FileInfo? json)
    {
        if (seconds <= 0 || double.IsNaN(seconds))
        {
            Console.Error.WriteLine("error: --seconds must be positive.");
            return 2;
        }

        var corpora = new List<BenchCorpus>();
        if (!data.Exists || data.GetFiles("*.txt").Length == 0)
        {
            Console.Error.WriteLine($"error: no seed documents (*.txt) in {data.FullName}; run from the repository root or pass --data.");
            return 1;
        }

        corpora.Add(SeedCorpus(data));
        if (ewt.Exists)
        {
            try
            {
                corpora.Add(EwtCorpus(ewt));
            }
            catch (ConlluFormatException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 1;
            }
        }
        else
        {
            Console.WriteLine($"EWT corpus skipped: {ewt.FullName} not found.");
        }

        var pinned = PinToOneCore();
        Console.WriteLine($"One thread{(pinned ? ", process pinned to one core" : string.Empty)}; {seconds.ToString(CultureInfo.InvariantCulture)} s per row after 1 s warm-up; {Environment.ProcessorCount} logical processors; .NET {Environment.Version}.");
        var results = new List<BenchResult>();
        foreach (var corpus in corpora)
        {
            Console.WriteLine();
            Console.WriteLine($"Corpus '{corpus.Name}': {corpus.Text.Length / 1024.0 / 1024.0:F1} M characters, {corpus.Documents.Count:N0} documents");
            Console.WriteLine($"  {"row",-36} {"tokens/s",14} {"vs whitespace",14} {"vs ML.NET",10} {"bytes/token",12}");
            var rows = BenchCatalog.All.Select(create => BenchRunner.Run(create(), corpus, TimeSpan.FromSeconds(seconds))).ToList();
            var whitespace = rows.First(r => r.Name == "baseline.whitespace-split");
            var mlnet = rows.First(r => r.Name == "baseline.mlnet-tokenize-into-words");
            foreach (var row in rows)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {row.Name,-36} {row.TokensPerSecond / 1e6,12:F2} M {row.TokensPerSecond / whitespace.TokensPerSecond,13:F2}x {row.TokensPerSecond / mlnet.TokensPerSecond,9:F2}x {row.BytesPerToken,12:F2}"));
            }

            results.AddRange(rows);
        }

        if (json is not null && !JsonFileOutput.TryWrite(json.FullName, path => WriteJson(path, results), Console.Error))
        {
            return 1;
        }

        return 0;
    }

    private static bool PinToOneCore()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            System.Diagnostics.Process.GetCurrentProcess().ProcessorAffinity = 1;
            return true;
        }
        catch (Exception e) when (e is PlatformNotSupportedException or System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return false;
        }
    }

    private static BenchCorpus SeedCorpus(DirectoryInfo data)
    {
        var seeds = data.GetFiles("*.txt").OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => File.ReadAllText(f.FullName)).ToArray();
        var documents = new List<string>();
        var size = 0L;
        while (size < SeedCorpusBytes)
        {
            foreach (var seed in seeds)
            {
                documents.Add(seed);
                size += seed.Length;
            }
        }

        var builder = new StringBuilder();
        foreach (var d in documents)
        {
            builder.Append(d).Append("\n\n");
        }

        return new BenchCorpus("seeds", builder.ToString(), documents);
    }

    private static BenchCorpus EwtCorpus(FileInfo ewt)
    {
        var raw = ConlluRawText.FromFile(ewt.FullName);
        return new BenchCorpus("ewt-train", raw.Text, raw.Text.Split("\n\n"));
    }

    private static void WriteJson(string path, IReadOnlyList<BenchResult> results)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteStartArray("results");
        foreach (var group in results.GroupBy(r => r.Corpus))
        {
            var whitespace = group.First(r => r.Name == "baseline.whitespace-split");
            var mlnet = group.First(r => r.Name == "baseline.mlnet-tokenize-into-words");
            foreach (var r in group)
            {
                writer.WriteStartObject();
                writer.WriteString("name", r.Name);
                writer.WriteString("corpus", r.Corpus);
                writer.WriteNumber("threads", r.Threads);
                writer.WriteNumber("tokens_per_s", Math.Round(r.TokensPerSecond));
                writer.WriteNumber("bytes_per_token", Math.Round(r.BytesPerToken, 3));
                writer.WriteNumber("tokens", r.Tokens);
                writer.WriteNumber("seconds", Math.Round(r.Seconds, 3));
                if (!r.IsBaseline)
                {
                    writer.WriteNumber("ratio_vs_whitespace_split", Math.Round(r.TokensPerSecond / whitespace.TokensPerSecond, 3));
                    writer.WriteNumber("ratio_vs_mlnet", Math.Round(r.TokensPerSecond / mlnet.TokensPerSecond, 3));
                }

                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
