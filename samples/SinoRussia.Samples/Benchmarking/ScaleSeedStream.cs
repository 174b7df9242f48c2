namespace SinoRussia.Samples.Benchmarking;

/// <summary>The seed documents repeated N times, generated lazily: each document is a fresh string, as if read from a file, and nothing is kept.</summary>
internal sealed class ScaleSeedStream
{
    private readonly string[] _seeds;

    private ScaleSeedStream(string[] seeds) => _seeds = seeds;

    public int SeedCount => _seeds.Length;

    public static ScaleSeedStream Load(DirectoryInfo folder)
    {
        if (!folder.Exists)
        {
            throw new DirectoryNotFoundException($"no seed folder {folder.FullName}; run from the repository root or pass --data.");
        }

        var files = folder.GetFiles("*.txt").OrderBy(f => f.Name, StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new FileNotFoundException($"no seed documents (*.txt) in {folder.FullName}; run from the repository root or pass --data.");
        }

        return new ScaleSeedStream(files.Select(f => File.ReadAllText(f.FullName)).ToArray());
    }

    public static ScaleSeedStream FromTexts(IEnumerable<string> texts) => new(texts.ToArray());

    public IEnumerable<string?> Copies(int copies)
    {
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var seed in _seeds)
            {
                yield return new string(seed.AsSpan());
            }
        }
    }
}
