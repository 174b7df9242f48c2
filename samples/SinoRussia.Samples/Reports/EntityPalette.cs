namespace SinoRussia.Samples.Reports;

/// <summary>Colours for entity types and stance labels in the HTML report.</summary>
internal static class EntityPalette
{
    private static readonly Dictionary<string, string> EntityColours = new(StringComparer.Ordinal)
    {
        ["PERSON"] = "#f7c6c7",
        ["NORP"] = "#d4c4f5",
        ["GPE"] = "#bfe3f5",
        ["LOC"] = "#c9ecd4",
        ["ORG"] = "#fde2a7",
        ["EVENT"] = "#f5cbe8",
        ["LAW"] = "#e3d9c6",
        ["DATE"] = "#dfe6ec",
        ["MONEY"] = "#d8f0b8",
        ["PERCENT"] = "#e9f5c0",
        ["QUANTITY"] = "#f0e1d0",
        ["CARDINAL"] = "#e8e8e8",
    };

    private static readonly string[] Spare = ["#ffd8b1", "#c5e1a5", "#b3e5fc", "#f8bbd0", "#d1c4e9", "#ffe082"];

    public static IEnumerable<string> KnownEntityLabels => EntityColours.Keys;

    public static string EntityColour(string label)
    {
        if (EntityColours.TryGetValue(label, out var colour))
        {
            return colour;
        }

        var hash = 0;
        foreach (var c in label)
        {
            hash = (hash * 31) + c;
        }

        return Spare[(int)((uint)hash % (uint)Spare.Length)];
    }

    public static string StanceColour(string label) => label switch
    {
        "favor" => "#2e9d5b",
        "against" => "#d1495b",
        "none" => "#9aa5b1",
        _ => "#6c7ae0",
    };

    /// <summary>A CSS class name for a label: letters, digits and '-' only.</summary>
    public static string ClassName(string label)
    {
        Span<char> buffer = stackalloc char[Math.Min(label.Length, 64)];
        for (var i = 0; i < buffer.Length; i++)
        {
            var c = label[i];
            buffer[i] = char.IsAsciiLetterOrDigit(c) ? c : '-';
        }

        return new string(buffer);
    }
}
