using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SinoRussia.Samples.Benchmarking;

/// <summary>The cells of a <c>bench --scale</c> run and the figures derived from them, as a table or JSON.</summary>
internal sealed class ScaleReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public ScaleReport(ScaleBenchSettings settings, IReadOnlyList<ScaleCellResult> cells)
    {
        Settings = settings;
        Cells = cells;
        var sizes = cells.Select(c => c.Size).Distinct().Order().ToArray();
        var threads = cells.Select(c => c.Threads).Distinct().Order().ToArray();
        if (sizes.Length > 0 && threads.Length > 1)
        {
            var largest = sizes[^1];
            var from = Find(threads[0], largest);
            var to = Find(threads[^1], largest);
            if (from is not null && to is not null && from.TokensPerSecond > 0)
            {
                var efficiency = from.TokensPerCpuSecond > 0 ? to.TokensPerCpuSecond / from.TokensPerCpuSecond : 0;
                SpeedUp = new ScaleSpeedUp(threads[0], threads[^1], largest, to.TokensPerSecond / from.TokensPerSecond, efficiency);
                SpeedUpCoresBusy = (from.CoresBusy, to.CoresBusy);
            }
        }

        if (sizes.Length > 1)
        {
            var (small, large) = (sizes[^2], sizes[^1]);
            foreach (var t in threads)
            {
                var a = Find(t, small);
                var b = Find(t, large);
                if (a is null || b is null || a.PeakWorkingSetBytes == 0 || a.Seconds == 0 || a.Tokens == 0)
                {
                    continue;
                }

                Growth.Add(new ScaleGrowth(t, small, large, (double)b.PeakWorkingSetBytes / a.PeakWorkingSetBytes, b.Seconds / a.Seconds, (double)b.Tokens / a.Tokens));
            }
        }
    }

    public ScaleBenchSettings Settings { get; }

    public IReadOnlyList<ScaleCellResult> Cells { get; }

    public ScaleSpeedUp? SpeedUp { get; }

    public (double From, double To) SpeedUpCoresBusy { get; }

    public List<ScaleGrowth> Growth { get; } = [];

    public static string Header =>
        string.Create(Invariant, $"  {"threads",7} {"size",6} {"documents",10} {"tokens",12} {"seconds",9} {"tokens/s",11} {"tokens/s/thread",16} {"s/M tokens",11} {"peak WS MB",11} {"cores busy",11} {"GC pause %",11} {"bytes/token",12}");

    public static string Row(ScaleCellResult c) =>
        string.Create(Invariant, $"  {c.Threads,7} {c.Size + "x",6} {c.Documents,10:N0} {c.Tokens,12:N0} {c.Seconds,9:F3} {c.TokensPerSecond,11:N0} {c.TokensPerSecondPerThread,16:N0} {c.SecondsPerMillionTokens,11:F3} {c.PeakWorkingSetMegabytes,11:F1} {c.CoresBusy,11:F2} {(c.Seconds > 0 ? 100 * c.GcPauseSeconds / c.Seconds : 0),11:F1} {c.BytesPerToken,12:F1}");

    public void WriteSummary(TextWriter output)
    {
        var single = Cells.Where(c => c.Threads == 1).MaxBy(c => c.Size);
        if (single is not null)
        {
            output.WriteLine(string.Create(Invariant, $"Full pipeline on one thread at {single.Size}x: {single.TokensPerSecondPerThread:N0} tokens/s (target >= 200,000 per core)."));
        }

        if (SpeedUp is { } s)
        {
            output.WriteLine(string.Create(Invariant, $"Speed-up {s.FromThreads} -> {s.ToThreads} threads at {s.Size}x: {s.Value:F2}x (target >= 1.7x for 1 -> 2); cores busy {SpeedUpCoresBusy.From:F2} -> {SpeedUpCoresBusy.To:F2}, tokens per CPU-second x{s.CpuEfficiency:F2}."));
            if (SpeedUpCoresBusy.To < s.ToThreads * 0.9)
            {
                output.WriteLine(string.Create(Invariant, $"  note: {s.ToThreads} workers kept only {SpeedUpCoresBusy.To:F2} cores busy; other work on the machine (see uptime) or waiting limited the speed-up."));
            }
        }

        foreach (var g in Growth)
        {
            output.WriteLine(string.Create(Invariant,
                $"{g.Threads} thread(s), {g.FromSize}x -> {g.ToSize}x: peak working set x{g.PeakMemoryRatio:F3} (target within 20%); time x{g.TimeRatio:F2} for x{g.InputRatio:F2} the tokens (time/input {g.TimeRatio / g.InputRatio:F3}, 1 = linear)."));
        }

        foreach (var group in Cells.GroupBy(c => c.Threads))
        {
            var perSize = string.Join(" / ", group.OrderBy(c => c.Size).Select(c => string.Create(Invariant, $"{c.SecondsPerMillionTokens:F3} ({c.Size}x)")));
            output.WriteLine($"{group.Key} thread(s): seconds per million tokens {perSize}.");
        }

        var failed = Cells.Sum(c => c.FailedDocuments);
        if (failed > 0)
        {
            output.WriteLine(string.Create(Invariant, $"warning: {failed:N0} documents failed in the timed passes."));
        }
    }

    public void WriteJson(Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("mode", "scale");
        writer.WriteString("pipeline", "tokenizer, paragraphs, sentences, entities, stance");
        writer.WriteString("gc", Cells.FirstOrDefault()?.GcMode ?? Settings.Gc.ToString().ToLowerInvariant());
        writer.WriteNumber("processors", Environment.ProcessorCount);
        writer.WriteString("dotnet", Environment.Version.ToString());
        writer.WriteNumber("min_seconds", Settings.MinSeconds);
        writer.WriteNumber("repeat", Settings.Repeat);
        // "results" rows follow the bench shape of DESIGN.md (name, threads, input_mb, tokens_per_s, peak_working_set_mb).
        var seedBytes = Settings.Data.Exists ? Settings.Data.GetFiles("*.txt").Sum(f => f.Length) : 0;
        writer.WriteStartArray("results");
        foreach (var c in Cells)
        {
            writer.WriteStartObject();
            writer.WriteString("name", "pipeline");
            writer.WriteNumber("threads", c.Threads);
            writer.WriteNumber("size", c.Size);
            writer.WriteNumber("input_mb", Math.Round(seedBytes * (double)c.Size / (1024 * 1024), 3));
            writer.WriteNumber("documents", c.Documents);
            writer.WriteNumber("failed_documents", c.FailedDocuments);
            writer.WriteNumber("tokens", c.Tokens);
            writer.WriteNumber("sentences", c.Sentences);
            writer.WriteNumber("entities", c.Entities);
            writer.WriteNumber("passes", c.Passes);
            writer.WriteNumber("seconds", Math.Round(c.Seconds, 6));
            writer.WriteNumber("tokens_per_s", Math.Round(c.TokensPerSecond));
            writer.WriteNumber("tokens_per_s_per_thread", Math.Round(c.TokensPerSecondPerThread));
            writer.WriteNumber("seconds_per_million_tokens", Math.Round(c.SecondsPerMillionTokens, 6));
            writer.WriteNumber("peak_working_set_mb", Math.Round(c.PeakWorkingSetMegabytes, 1));
            writer.WriteNumber("gen2_collections", c.Gen2Collections);
            writer.WriteNumber("cpu_seconds", Math.Round(c.CpuSeconds, 6));
            writer.WriteNumber("cores_busy", Math.Round(c.CoresBusy, 3));
            writer.WriteNumber("tokens_per_cpu_s", Math.Round(c.TokensPerCpuSecond));
            writer.WriteNumber("gc_pause_fraction", c.Seconds > 0 ? Math.Round(c.GcPauseSeconds / c.Seconds, 4) : 0);
            writer.WriteNumber("bytes_per_token", Math.Round(c.BytesPerToken, 1));
            writer.WriteStartArray("runs_tokens_per_s");
            foreach (var run in c.RunTokensPerSecond)
            {
                writer.WriteNumberValue(Math.Round(run));
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("derived");
        if (SpeedUp is { } s)
        {
            writer.WriteStartObject("speed_up");
            writer.WriteNumber("from_threads", s.FromThreads);
            writer.WriteNumber("to_threads", s.ToThreads);
            writer.WriteNumber("size", s.Size);
            writer.WriteNumber("value", Math.Round(s.Value, 3));
            writer.WriteNumber("cpu_efficiency", Math.Round(s.CpuEfficiency, 3));
            writer.WriteNumber("from_cores_busy", Math.Round(SpeedUpCoresBusy.From, 3));
            writer.WriteNumber("to_cores_busy", Math.Round(SpeedUpCoresBusy.To, 3));
            writer.WriteEndObject();
        }

        writer.WriteStartArray("growth");
        foreach (var g in Growth)
        {
            writer.WriteStartObject();
            writer.WriteNumber("threads", g.Threads);
            writer.WriteNumber("from_size", g.FromSize);
            writer.WriteNumber("to_size", g.ToSize);
            writer.WriteNumber("peak_memory_ratio", Math.Round(g.PeakMemoryRatio, 3));
            writer.WriteNumber("time_ratio", Math.Round(g.TimeRatio, 3));
            writer.WriteNumber("input_ratio", Math.Round(g.InputRatio, 3));
            writer.WriteNumber("time_per_input_ratio", Math.Round(g.TimeRatio / g.InputRatio, 3));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private ScaleCellResult? Find(int threads, int size) => Cells.FirstOrDefault(c => c.Threads == threads && c.Size == size);
}
