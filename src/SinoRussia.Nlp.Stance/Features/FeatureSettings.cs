namespace SinoRussia.Nlp.Stance;

internal sealed record FeatureSettings
{
    public int WordNgramMin { get; init; } = 1;

    public int WordNgramMax { get; init; } = 2;

    public bool CharNgrams { get; init; }

    public int CharNgramMin { get; init; } = 3;

    public int CharNgramMax { get; init; } = 5;

    public int MinDocumentFrequency { get; init; } = 2;

    public bool TargetFeatures { get; init; } = true;

    public StanceEntityFeatures EntityFeatures { get; init; } = StanceEntityFeatures.None;

    public string Describe() =>
        $"words {WordNgramMin}-{WordNgramMax}, chars {(CharNgrams ? $"{CharNgramMin}-{CharNgramMax}" : "off")}, min df {MinDocumentFrequency}, target features {(TargetFeatures ? "on" : "off")}, entities {EntityFeatures}";
}
