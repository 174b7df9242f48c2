using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SinoRussia.Nlp.Corpora;
using SinoRussia.Samples.Commands;

namespace SinoRussia.Samples.Benchmarking;

/// <summary><c>bench</c>: tokens per second on one thread for the tokeniser and segmenters beside in-process baselines.</summary>
internal sealed class BenchCommand : ICliCommand
{
    private const int SeedCorpusBytes = 5 * 1024 * 1024;

    public Command Create()
    {
        var json = new Option<FileInfo?>("--json") { Description = "Also write the results as JSON to this file." };
        var seconds = new Option<double>("--seconds") { Description = "Timed seconds per row and corpus (after one second of warm-up).", DefaultValueFactory = _ => 3 };
        var data = new Option<DirectoryInfo>("--data") { Description = "Folder of seed .txt documents.", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("samples", "data")) };
        var ewt = new Option<FileInfo>("--ewt") { Description = "UD English-EWT CoNLL-U file whose rebuilt raw text is the second corpus; skipped when absent.", DefaultValueFactory = _ => new FileInfo(Path.Combine("..", "shared", "data", "ud-english-ewt", "en_ewt-ud-train.conllu")) };
        var command = new Command(
            "bench",
            "Measure tokens per second on ONE thread for the tokeniser and tokeniser + sentence + paragraph splitting over (a) the seed documents "
            + "repeated to at least 5 MB and (b) the UD English-EWT raw text, beside baselines measured in the same run (ML.NET TokenizeIntoWords, "
            + "a plain span whitespace split), with the ratio to each and the bytes allocated per token.\n\nExample:\n  bench --seconds 5 --json bench.json")
        {
            json,
            seconds,
            data,
            ewt,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(data)!, parseResult.GetValue(ewt)!, parseResult.GetValue(seconds), parseResult.GetValue(json)));
        return command;
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

        if (json is not null)
        {
            try
            {
                WriteJson(json.FullName, results);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"error: cannot write {json.FullName}: {e.Message}");
                return 1;
            }
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
