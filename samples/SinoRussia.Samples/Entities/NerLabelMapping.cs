namespace SinoRussia.Samples.Entities;

/// <summary>Parses <c>FROM=TO</c> label mappings given on the command line.</summary>
internal static class NerLabelMapping
{
    public static IEnumerable<(string From, string To)> Parse(IEnumerable<string> pairs)
    {
        foreach (var pair in pairs)
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0 || eq == pair.Length - 1)
            {
                throw new ArgumentException($"--map expects FROM=TO, got '{pair}'.");
            }

            yield return (pair[..eq], pair[(eq + 1)..]);
        }
    }
}
