using System.Text.Json;

namespace SinoRussia.Nlp.Entities.Rules;

/// <summary>Reads entity-ruler patterns from JSONL: one object per line with <c>label</c>, <c>pattern</c>, optional <c>id</c> and <c>case</c> (<c>sensitive</c> or <c>insensitive</c>).</summary>
public static class EntityPatternReader
{
    /// <summary>Reads a pattern file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The patterns, in file order.</returns>
    /// <exception cref="FormatException">A line is not a valid pattern; the message names the file and line.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static IReadOnlyList<EntityPattern> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads patterns from a text reader.</summary>
    /// <param name="reader">The JSONL text.</param>
    /// <param name="source">A name for error messages.</param>
    /// <returns>The patterns, in order.</returns>
    /// <exception cref="FormatException">A line is not a valid pattern; the message names the source and line.</exception>
    public static IReadOnlyList<EntityPattern> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var patterns = new List<EntityPattern>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var label = root.TryGetProperty("label", out var l) ? l.GetString() : null;
                var pattern = root.TryGetProperty("pattern", out var p) ? p.GetString() : null;
                if (string.IsNullOrWhiteSpace(label) || string.IsNullOrWhiteSpace(pattern))
                {
                    throw new FormatException($"{source}, line {lineNumber}: a pattern needs a non-empty string 'label' and 'pattern'.");
                }

                var id = root.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
                bool? ignoreCase = null;
                if (root.TryGetProperty("case", out var c))
                {
                    ignoreCase = c.GetString() switch
                    {
                        "insensitive" => true,
                        "sensitive" => false,
                        var other => throw new FormatException($"{source}, line {lineNumber}: 'case' must be 'sensitive' or 'insensitive', not '{other}'."),
                    };
                }

                patterns.Add(new EntityPattern(label, pattern.Trim(), id, ignoreCase));
            }
            catch (JsonException ex)
            {
                throw new FormatException($"{source}, line {lineNumber}: not valid JSON ({ex.Message}).", ex);
            }
            catch (InvalidOperationException ex)
            {
                throw new FormatException($"{source}, line {lineNumber}: a field has the wrong type ({ex.Message}).", ex);
            }
        }

        return patterns;
    }
}
