using System.Text.Json;
using SinoRussia.Nlp.Entities.Training;

namespace SinoRussia.Samples.Entities;

/// <summary>Reads JSONL documents that carry raw text and character-offset entities but no tokens (the staged re3d copy).</summary>
/// <remarks>Entities below the confidence threshold are dropped; overlapping ones are flattened by keeping the most confident, then the longest.</remarks>
internal static class RawDocumentReader
{
    public static bool IsRawDocumentFile(string path)
    {
        if (!path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || !File.Exists(path))
        {
            return false;
        }

        var first = File.ReadLines(path).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l));
        if (first is null)
        {
            return false;
        }

        try
        {
            using var json = JsonDocument.Parse(first);
            return json.RootElement.TryGetProperty("tokens", out var tokens) && tokens.ValueKind == JsonValueKind.Null && json.RootElement.TryGetProperty("text", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static List<(string Text, List<(int Start, int End, string Label)> Entities)> Read(string path, double minConfidence)
    {
        var result = new List<(string, List<(int, int, string)>)>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                var text = json.RootElement.GetProperty("text").GetString() ?? throw new TrainingDataException(path, lineNumber, "'text' is null.");
                var candidates = new List<(int Start, int End, string Label, double Confidence)>();
                foreach (var e in json.RootElement.GetProperty("entities").EnumerateArray())
                {
                    var confidence = e.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble() : 1.0;
                    if (confidence >= minConfidence)
                    {
                        candidates.Add((e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), e.GetProperty("label").GetString()!, confidence));
                    }
                }

                var kept = new List<(int, int, string)>();
                foreach (var c in candidates.OrderByDescending(c => c.Confidence).ThenByDescending(c => c.End - c.Start).ThenBy(c => c.Start))
                {
                    if (kept.All(k => c.End <= k.Item1 || c.Start >= k.Item2))
                    {
                        kept.Add((c.Start, c.End, c.Label));
                    }
                }

                result.Add((text, kept));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new TrainingDataException(path, lineNumber, $"not a valid raw-text document ({ex.Message}).", ex);
            }
        }

        return result;
    }
}
