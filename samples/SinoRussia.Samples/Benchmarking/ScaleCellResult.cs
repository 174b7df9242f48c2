using System.Text.Json;

namespace SinoRussia.Samples.Benchmarking;

/// <summary>One cell of <c>bench --scale</c>: one pass over <see cref="Size"/> copies of the seed corpus with <see cref="Threads"/> workers, measured in its own process.</summary>
internal sealed record ScaleCellResult(
    int Size,
    int Threads,
    long Documents,
    long Tokens,
    long Sentences,
    long Entities,
    int Passes,
    double Seconds,
    long PeakWorkingSetBytes,
    string GcMode,
    int Gen2Collections)
{
    /// <summary>Gets the documents that failed in the timed passes (there should be none).</summary>
    public long FailedDocuments { get; init; }

    /// <summary>Gets the processor time of the whole process over one pass (all threads, GC included), in seconds.</summary>
    public double CpuSeconds { get; init; }

    /// <summary>Gets the time the garbage collector paused the process over one pass, in seconds.</summary>
    public double GcPauseSeconds { get; init; }

    /// <summary>Gets the bytes allocated (all threads) over one pass.</summary>
    public long AllocatedBytes { get; init; }

    /// <summary>Gets the tokens/s of every run of this cell when it was measured more than once (this result is the fastest).</summary>
    public IReadOnlyList<double> RunTokensPerSecond { get; init; } = [];

    public double CoresBusy => Seconds > 0 ? CpuSeconds / Seconds : 0;

    /// <summary>Gets tokens per second of processor time: tokens/s divided by the cores the process kept busy, which other work on the machine disturbs less.</summary>
    public double TokensPerCpuSecond => CpuSeconds > 0 ? Tokens / CpuSeconds : 0;

    public double BytesPerToken => Tokens > 0 ? (double)AllocatedBytes / Tokens : 0;

    public double TokensPerSecond => Seconds > 0 ? Tokens / Seconds : 0;

    public double TokensPerSecondPerThread => TokensPerSecond / Threads;

    public double SecondsPerMillionTokens => Tokens > 0 ? Seconds * 1e6 / Tokens : 0;

    public double PeakWorkingSetMegabytes => PeakWorkingSetBytes / (1024.0 * 1024.0);

    public string ToJsonLine()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("size", Size);
            writer.WriteNumber("threads", Threads);
            writer.WriteNumber("documents", Documents);
            writer.WriteNumber("failed_documents", FailedDocuments);
            writer.WriteNumber("tokens", Tokens);
            writer.WriteNumber("sentences", Sentences);
            writer.WriteNumber("entities", Entities);
            writer.WriteNumber("passes", Passes);
            writer.WriteNumber("seconds", Seconds);
            writer.WriteNumber("peak_working_set_bytes", PeakWorkingSetBytes);
            writer.WriteString("gc", GcMode);
            writer.WriteNumber("gen2_collections", Gen2Collections);
            writer.WriteNumber("cpu_seconds", CpuSeconds);
            writer.WriteNumber("gc_pause_seconds", GcPauseSeconds);
            writer.WriteNumber("allocated_bytes", AllocatedBytes);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads the line a cell process printed; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static ScaleCellResult FromJsonLine(string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            return new ScaleCellResult(
                root.GetProperty("size").GetInt32(),
                root.GetProperty("threads").GetInt32(),
                root.GetProperty("documents").GetInt64(),
                root.GetProperty("tokens").GetInt64(),
                root.GetProperty("sentences").GetInt64(),
                root.GetProperty("entities").GetInt64(),
                root.GetProperty("passes").GetInt32(),
                root.GetProperty("seconds").GetDouble(),
                root.GetProperty("peak_working_set_bytes").GetInt64(),
                root.GetProperty("gc").GetString() ?? string.Empty,
                root.GetProperty("gen2_collections").GetInt32())
            {
                FailedDocuments = root.GetProperty("failed_documents").GetInt64(),
                CpuSeconds = root.GetProperty("cpu_seconds").GetDouble(),
                GcPauseSeconds = root.GetProperty("gc_pause_seconds").GetDouble(),
                AllocatedBytes = root.GetProperty("allocated_bytes").GetInt64(),
            };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new FormatException($"unreadable cell result '{line}': {e.Message}", e);
        }
    }
}
