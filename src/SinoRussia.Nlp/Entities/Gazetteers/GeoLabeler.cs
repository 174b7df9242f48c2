namespace SinoRussia.Nlp.Entities.Gazetteers;

internal sealed class GeoLabeler
{
    private const string Resource = "SinoRussia.Nlp.Entities.Gazetteers.Data.geo-labels.tsv";
    private static readonly Lazy<GeoLabeler> LazyDefault = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Rules.WordSet LocationHeads = new(false, "Sea", "Ocean", "River", "Lake", "Mountains", "Mountain", "Mount", "Mt.",
        "Island", "Islands", "Peninsula", "Gulf", "Bay", "Strait", "Straits", "Valley", "Desert", "Plateau", "Basin", "Coast", "Canal", "Range",
        "Plain", "Plains", "Steppe", "Forest", "Delta", "Archipelago", "Highlands", "Hills", "Sound", "Channel", "Glacier", "Heights", "Region");

    private static readonly Rules.WordSet LocationWords = new(false, "Asia", "Europe", "Africa", "America", "Americas", "Eurasia", "Pacific", "Atlantic", "Arctic", "Antarctic", "Siberia", "Caucasus", "East", "West");

    private readonly Dictionary<string, bool> _isGpe;
    private readonly Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private GeoLabeler(Dictionary<string, bool> isGpe)
    {
        _isGpe = isGpe;
        _lookup = isGpe.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static GeoLabeler Default => LazyDefault.Value;

    public string Label(ReadOnlySpan<char> text)
    {
        if (_lookup.TryGetValue(text, out var gpe))
        {
            return gpe ? "GPE" : "LOC";
        }

        if (text.Length <= 64 && IsUpper(text))
        {
            Span<char> title = stackalloc char[text.Length];
            var start = true;
            for (var i = 0; i < text.Length; i++)
            {
                title[i] = start ? text[i] : char.ToLowerInvariant(text[i]);
                start = !char.IsLetter(text[i]);
            }

            if (_lookup.TryGetValue(title, out gpe))
            {
                return gpe ? "GPE" : "LOC";
            }
        }

        var lastSpace = text.LastIndexOfAny(' ', '-');
        var last = lastSpace >= 0 ? text[(lastSpace + 1)..] : text;
        if (lastSpace >= 0 && LocationHeads.Contains(last) && !last.SequenceEqual("Region"))
        {
            return "LOC";
        }

        if (lastSpace >= 0 && LocationWords.Contains(last))
        {
            return "LOC";
        }

        if (last.Length > 4 && (last.EndsWith("ian") || last.EndsWith("ese") || last.EndsWith("ean")))
        {
            return "NORP";
        }

        return "GPE";
    }

    private static bool IsUpper(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters > 3;
    }

    private static GeoLabeler Load()
    {
        using var stream = typeof(GeoLabeler).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded resource '{Resource}' is missing.");
        using var reader = new StreamReader(stream);
        var map = new Dictionary<string, bool>(32768, StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            if (tab > 0)
            {
                map[line[..tab]] = line.AsSpan(tab + 1).SequenceEqual("GPE");
            }
        }

        return new GeoLabeler(map);
    }
}
