using System.Globalization;

namespace SinoRussia.Samples.Benchmarking;

/// <summary>What <c>bench --scale</c> measures: corpus sizes (copies of the seed corpus) crossed with worker-thread counts.</summary>
internal sealed record ScaleBenchSettings
{
    public const int MaxCopies = 100_000;

    public const int MaxThreads = 256;

    public const int MaxRepeat = 100;

    public IReadOnlyList<int> Sizes { get; init; } = [1, 10, 100];

    public IReadOnlyList<int> Threads { get; init; } = [1, 2];

    /// <summary>Gets the least timed seconds per cell; passes over the corpus repeat until this is reached (at least one pass).</summary>
    public double MinSeconds { get; init; } = 3;

    public double WarmUpSeconds { get; init; } = 2;

    /// <summary>Gets how many times each cell is measured (rounds over all cells, each run a fresh process); the fastest run is kept.</summary>
    public int Repeat { get; init; } = 3;

    public required DirectoryInfo Data { get; init; }

    public ScaleGcMode Gc { get; init; } = ScaleGcMode.Workstation;

    public string? JsonPath { get; init; }

    /// <summary>Parses a comma-separated list of distinct positive integers such as <c>1,10,100</c>, in the order given.</summary>
    public static bool TryParseList(string? text, string option, int max, out IReadOnlyList<int> values, out string error)
    {
        values = [];
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = $"{option} needs a comma-separated list of positive integers, such as 1,10,100.";
            return false;
        }

        var list = new List<int>();
        foreach (var part in text.Split(','))
        {
            var item = part.Trim();
            if (!int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1 || value > max)
            {
                error = $"{option}: '{item}' is not an integer from 1 to {max.ToString(CultureInfo.InvariantCulture)}.";
                return false;
            }

            if (list.Contains(value))
            {
                error = $"{option}: {item} is listed twice.";
                return false;
            }

            list.Add(value);
        }

        values = list;
        return true;
    }
}
