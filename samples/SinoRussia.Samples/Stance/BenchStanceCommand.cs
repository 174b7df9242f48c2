using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using SinoRussia.Nlp.Stance;
using SinoRussia.Samples.Commands;

namespace SinoRussia.Samples.Stance;

/// <summary>bench-stance: measures model load time and single-thread prediction throughput (paragraphs/s) beside ML.NET's own batch scoring.</summary>
internal sealed class BenchStanceCommand : ICliCommand
{
    public Command Create()
    {
        var data = new Argument<string>("DATA") { Description = "Paragraphs to score: any file train-stance reads (labels are ignored)." };
        var model = new Option<string?>("--model", "-m") { Description = "Model file (default: the embedded default model)." };
        var count = new Option<int>("--paragraphs") { Description = "How many paragraphs to score (the data is repeated as needed).", DefaultValueFactory = _ => 50_000 };
        var batch = new Option<int>("--batch") { Description = "Batch size.", DefaultValueFactory = _ => 256 };
        var json = new Option<string?>("--json") { Description = "Write the figures as JSON to FILE." };
        var command = new Command("bench-stance", "Benchmark stance prediction on one thread: model load time, paragraphs/s with and without evidence, and ML.NET batch transform as a baseline.\n\nExample:\n  bench-stance models/stance/data/alignment.tsv --paragraphs 50000");
        command.Arguments.Add(data);
        command.Options.Add(model);
        command.Options.Add(count);
        command.Options.Add(batch);
        command.Options.Add(json);
        command.SetAction(result =>
        {
            try
            {
                var watch = Stopwatch.StartNew();
                var path = result.GetValue(model);
                var stanceModel = path is null ? StanceModel.Default : StanceModel.Load(path);
                var loadMs = watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                _ = path is null ? StanceModel.Load(new MemoryStream(File.ReadAllBytes(stanceModel.Source == "embedded" ? WriteTemp(stanceModel) : stanceModel.Source)), "warm") : StanceModel.Load(path);
                var warmLoadMs = watch.Elapsed.TotalMilliseconds;
                var source = StanceDataLoader.Load(result.GetValue(data)!, new StanceDataLoaderOptions { MinimumLabels = 1 }).Examples;
                var n = result.GetValue(count);
                var size = Math.Max(1, result.GetValue(batch));
                var examples = Enumerable.Range(0, n).Select(i => source[i % source.Count] with { Target = null }).ToArray();
                var averageWords = examples.Average(e => e.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
                stanceModel.PredictBatch(examples[..Math.Min(2000, n)], 5);
                var results = new List<(string Name, double PerSecond)>();
                foreach (var evidence in new[] { 0, 5 })
                {
                    results.Add((evidence == 0 ? "stance" : "stance+evidence", BestOf(3, n, () =>
                    {
                        for (var i = 0; i < n; i += size)
                        {
                            stanceModel.PredictBatch(examples[i..Math.Min(n, i + size)], evidence);
                        }
                    })));
                }

                var baselineCount = Math.Min(n, 20_000);
                results.Add(("baseline.mlnet-batch-transform", BestOf(3, baselineCount, () =>
                {
                    for (var i = 0; i < baselineCount; i += size)
                    {
                        stanceModel.ScoreWithMlNet(examples[i..Math.Min(baselineCount, i + size)]);
                    }
                })));
                Console.WriteLine($"Model {stanceModel.Source}: {stanceModel.Metadata.FeatureCount:N0} features; load {loadMs:0} ms (first, includes JIT), {warmLoadMs:0} ms (second).");
                Console.WriteLine($"{n:N0} paragraphs (mean {averageWords:0} words), batches of {size}, 1 thread, best of 3 runs:");
                foreach (var (name, perSecond) in results)
                {
                    Console.WriteLine($"  {name,-32} {perSecond,12:N0} paragraphs/s");
                }

                if (result.GetValue(json) is { } jsonPath)
                {
                    using var stream = File.Create(jsonPath);
                    using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
                    writer.WriteStartObject();
                    writer.WriteNumber("model_load_ms", Math.Round(loadMs, 1));
                    writer.WriteNumber("model_warm_load_ms", Math.Round(warmLoadMs, 1));
                    writer.WriteStartArray("results");
                    foreach (var (name, perSecond) in results)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("name", name);
                        writer.WriteNumber("threads", 1);
                        writer.WriteNumber("paragraphs_per_s", Math.Round(perSecond));
                        writer.WriteNumber("mean_words", Math.Round(averageWords, 1));
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                return 0;
            }
            catch (Exception ex) when (ex is StanceDataException or StanceModelException or ArgumentException or IOException)
            {
                Console.Error.WriteLine($"bench-stance: {ex.Message}");
                return 1;
            }
        });
        return command;
    }

    private static double BestOf(int runs, int items, Action run)
    {
        var best = 0.0;
        for (var r = 0; r < runs; r++)
        {
            var watch = Stopwatch.StartNew();
            run();
            best = Math.Max(best, items / watch.Elapsed.TotalSeconds);
        }

        return best;
    }

    private static string WriteTemp(StanceModel model)
    {
        var path = Path.Combine(Path.GetTempPath(), $"stance-bench-{Environment.ProcessId}.zip");
        model.Save(path);
        return path;
    }
}
