using System.Text;

namespace SinoRussia.Nlp.Benchmarks;

/// <summary>The five seed documents (copied next to the benchmark assembly), concatenated and repeated to about 1 MB.</summary>
internal static class SeedText
{
    public static string Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "data");
        var seeds = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        if (seeds.Length == 0)
        {
            throw new InvalidOperationException($"No seed documents in {folder}.");
        }

        var builder = new StringBuilder();
        while (builder.Length < 1 << 20)
        {
            foreach (var seed in seeds)
            {
                builder.Append(seed).Append("\n\n");
            }
        }

        return builder.ToString();
    }
}
