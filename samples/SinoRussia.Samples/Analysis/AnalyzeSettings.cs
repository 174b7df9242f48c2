namespace SinoRussia.Samples.Analysis;

/// <summary>The parsed options of one <c>analyze</c> run.</summary>
internal sealed record AnalyzeSettings
{
    public IReadOnlyList<string> Paths { get; init; } = [];

    public string? JsonPath { get; init; }

    public string? JsonLinesPath { get; init; }

    public string? HtmlPath { get; init; }

    /// <summary>Documents processed at once; <see langword="null"/> for one per core.</summary>
    public int? Parallel { get; init; }

    /// <summary>Documents read ahead of the one being reported; <see langword="null"/> for four per worker.</summary>
    public int? MaxInFlight { get; init; }

    /// <summary>Analysed when <see cref="Paths"/> is empty: the seed documents copied beside the app.</summary>
    public string DefaultDataFolder { get; init; } = Path.Combine(AppContext.BaseDirectory, "data");
}
