using System.Text.Json;

namespace SinoRussia.Nlp.Entities.Training;

/// <summary>
/// Reads pre-tokenised, entity-annotated sentences from JSONL (the uniform schema of the staged data sets),
/// CoNLL/IOB (IOB1, IOB2, BIOES/BILOU tags; token and tag columns) and CoNLL-U (tokens, with entities from a
/// <c>NER=</c> attribute in the MISC column when present).
/// </summary>
/// <remarks>
/// JSONL lines need <c>tokens</c> and <c>entities</c> with <c>token_start</c>, <c>token_end</c> (exclusive) and
/// <c>label</c>. Entities marked <c>"named": false</c> are skipped; a <c>name_span</c> object (GUM) replaces the
/// mention by its name. Nested entities are flattened by keeping the earliest, longest one.
/// Malformed input throws <see cref="TrainingDataException"/> naming the file and line.
/// </remarks>
public static class EntityDataReader
{
    private static readonly Tokenization.Tokenizer RawTextTokenizer = new();

    /// <summary>Reads a file, choosing the format from its extension: <c>.jsonl</c>, <c>.conllu</c>, otherwise CoNLL/IOB.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The sentences, in file order.</returns>
    /// <exception cref="TrainingDataException">The file is missing or malformed.</exception>
    public static IReadOnlyList<AnnotatedSentence> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new TrainingDataException(path, 0, "the file does not exist.");
        }

        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return ReadJsonl(path);
        }

        return path.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase) ? ReadConllU(path) : ReadConll(path);
    }

    /// <summary>Reads the JSONL schema (one sentence per line).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The sentences.</returns>
    /// <exception cref="TrainingDataException">A line is not valid JSON or lacks tokens or entity fields.</exception>
    public static IReadOnlyList<AnnotatedSentence> ReadJsonl(string path)
    {
        var result = new List<AnnotatedSentence>();
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
                var sentence = ParseJsonSentence(json.RootElement, path, lineNumber);
                if (json.RootElement.TryGetProperty("doc_id", out var docId) && docId.ValueKind == JsonValueKind.String)
                {
                    sentence.DocumentId = docId.GetString();
                }

                result.Add(sentence);
            }
            catch (JsonException ex)
            {
                throw new TrainingDataException(path, lineNumber, $"not valid JSON ({ex.Message}).", ex);
            }
            catch (InvalidOperationException ex)
            {
                throw new TrainingDataException(path, lineNumber, $"a field has the wrong type ({ex.Message}).", ex);
            }
        }

        return result;
    }

    /// <summary>Reads CoNLL-style token/tag columns; blank lines separate sentences.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The sentences.</returns>
    /// <exception cref="TrainingDataException">A line has too few columns or an unknown tag.</exception>
    public static IReadOnlyList<AnnotatedSentence> ReadConll(string path) => ReadColumns(
        path,
        line => line.StartsWith('#') || line.StartsWith("-DOCSTART-", StringComparison.Ordinal),
        line => line.Trim().Length == 0,
        (line, lineNumber) =>
        {
            var columns = line.Split(line.Contains('\t') ? '\t' : ' ', StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length < 2)
            {
                throw new TrainingDataException(path, lineNumber, $"expected a token and a tag, found {columns.Length} column(s).");
            }

            var indexed = columns.Length >= 3 && int.TryParse(columns[0], out _);
            return (indexed ? columns[1] : columns[0], indexed ? columns[2] : columns[^1]);
        });

    /// <summary>Reads CoNLL-U: syntactic words from the FORM column; entities from <c>NER=</c> IOB tags in MISC when present.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The sentences.</returns>
    /// <exception cref="TrainingDataException">A word line does not have 10 columns.</exception>
    public static IReadOnlyList<AnnotatedSentence> ReadConllU(string path) => ReadColumns(
        path,
        line => line.StartsWith('#'),
        line => line.Length == 0,
        (line, lineNumber) =>
        {
            var columns = line.Split('\t');
            if (columns.Length != 10)
            {
                throw new TrainingDataException(path, lineNumber, $"a CoNLL-U word line needs 10 tab-separated columns, found {columns.Length}.");
            }

            if (columns[0].Contains('-') || columns[0].Contains('.'))
            {
                return null;
            }

            var tag = "O";
            foreach (var attribute in columns[9].Split('|'))
            {
                if (attribute.StartsWith("NER=", StringComparison.Ordinal))
                {
                    tag = attribute[4..];
                }
            }

            return (columns[1], tag);
        });

    // One token per line, blank lines between sentences; parseWord returns null for lines that carry no token.
    private static List<AnnotatedSentence> ReadColumns(string path, Func<string, bool> isComment, Func<string, bool> isBlank, Func<string, int, (string Token, string Tag)?> parseWord)
    {
        var result = new List<AnnotatedSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        var lineNumber = 0;
        var startLine = 1;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (isComment(line))
            {
                continue;
            }

            if (isBlank(line))
            {
                Flush(result, tokens, tags, path, startLine, lineNumber);
                startLine = lineNumber + 1;
                continue;
            }

            if (parseWord(line, lineNumber) is not { } word)
            {
                continue;
            }

            if (tokens.Count == 0)
            {
                startLine = lineNumber;
            }

            tokens.Add(word.Token);
            tags.Add(word.Tag);
        }

        Flush(result, tokens, tags, path, startLine, lineNumber);
        return result;
    }

    internal static List<AnnotatedSpan> DecodeTags(IReadOnlyList<string> tags, string path, int line)
    {
        var spans = new List<AnnotatedSpan>();
        var start = -1;
        string? label = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            string prefix;
            string? type;
            if (tag == "O" || tag == "B-O" || tag == "I-O" || tag == "_")
            {
                prefix = "O";
                type = null;
            }
            else if (tag.Length > 2 && tag[1] == '-' && "BIESLU".Contains(tag[0]))
            {
                prefix = tag[..1];
                type = tag[2..];
            }
            else
            {
                throw new TrainingDataException(path, line + i, $"unknown tag '{tag}' (expected O, or B-/I-/E-/S-/L-/U- followed by a label).");
            }

            var continues = type is not null && type == label && (prefix == "I" || prefix == "E" || prefix == "L");
            if (!continues && label is not null)
            {
                spans.Add(new AnnotatedSpan(start, i, label));
                label = null;
            }

            if (type is not null && !continues)
            {
                start = i;
                label = type;
            }

            if (label is not null && (prefix == "E" || prefix == "L" || prefix == "S" || prefix == "U"))
            {
                spans.Add(new AnnotatedSpan(start, i + 1, label));
                label = null;
            }
        }

        return spans;
    }

    private static void Flush(List<AnnotatedSentence> result, List<string> tokens, List<string> tags, string path, int startLine, int lineNumber)
    {
        if (tokens.Count == 0)
        {
            return;
        }

        var spans = DecodeTags(tags, path, startLine);
        result.Add(new AnnotatedSentence([.. tokens], spans, path, startLine));
        tokens.Clear();
        tags.Clear();
        _ = lineNumber;
    }

    private static AnnotatedSentence ParseJsonSentence(JsonElement root, string path, int line)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new TrainingDataException(path, line, "expected a JSON object.");
        }

        if (!root.TryGetProperty("tokens", out var tokenArray) || tokenArray.ValueKind != JsonValueKind.Array)
        {
            return ParseRawTextSentence(root, path, line);
        }

        var tokens = new List<string>(tokenArray.GetArrayLength());
        foreach (var t in tokenArray.EnumerateArray())
        {
            var s = t.GetString();
            if (string.IsNullOrEmpty(s))
            {
                throw new TrainingDataException(path, line, $"token {tokens.Count} is empty or not a string.");
            }

            tokens.Add(s);
        }

        List<(int Start, int End)>? charSpans = null;
        if (root.TryGetProperty("token_spans", out var spanArray) && spanArray.ValueKind == JsonValueKind.Array)
        {
            charSpans = [];
            foreach (var s in spanArray.EnumerateArray())
            {
                charSpans.Add((s[0].GetInt32(), s[1].GetInt32()));
            }
        }

        var candidates = new List<AnnotatedSpan>();
        if (root.TryGetProperty("entities", out var entities) && entities.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in entities.EnumerateArray())
            {
                if (e.TryGetProperty("named", out var named) && named.ValueKind == JsonValueKind.False)
                {
                    continue;
                }

                if (!e.TryGetProperty("label", out var labelElement) || labelElement.GetString() is not { Length: > 0 } label)
                {
                    throw new TrainingDataException(path, line, "an entity has no 'label'.");
                }

                int start;
                int end;
                if (e.TryGetProperty("name_span", out var nameSpan) && nameSpan.ValueKind == JsonValueKind.Object && charSpans is not null)
                {
                    var cs = nameSpan.GetProperty("start").GetInt32();
                    var ce = nameSpan.GetProperty("end").GetInt32();
                    start = charSpans.FindIndex(s => s.Start == cs);
                    end = charSpans.FindIndex(s => s.End == ce) + 1;
                    if (start < 0 || end <= start)
                    {
                        continue;
                    }
                }
                else if (e.TryGetProperty("token_start", out var ts) && e.TryGetProperty("token_end", out var te) && ts.ValueKind == JsonValueKind.Number && te.ValueKind == JsonValueKind.Number)
                {
                    start = ts.GetInt32();
                    end = te.GetInt32();
                }
                else
                {
                    throw new TrainingDataException(path, line, $"entity '{label}' has no 'token_start'/'token_end'.");
                }

                if (start < 0 || end <= start || end > tokens.Count)
                {
                    throw new TrainingDataException(path, line, $"entity '{label}' covers tokens [{start}, {end}), outside the {tokens.Count} tokens.");
                }

                candidates.Add(new AnnotatedSpan(start, end, label));
            }
        }

        var flat = new List<AnnotatedSpan>();
        var previousEnd = 0;
        foreach (var c in candidates.OrderBy(c => c.TokenStart).ThenByDescending(c => c.TokenEnd))
        {
            if (c.TokenStart >= previousEnd)
            {
                flat.Add(c);
                previousEnd = c.TokenEnd;
            }
        }

        return new AnnotatedSentence(tokens, flat, path, line);
    }

    // Lines without tokens (text_source "document") are tokenised with the library's own tokenizer, so training
    // sees the same tokens as prediction; entities must then give character offsets on token boundaries.
    private static AnnotatedSentence ParseRawTextSentence(JsonElement root, string path, int line)
    {
        if (!root.TryGetProperty("text", out var textElement) || textElement.GetString() is not { Length: > 0 } text)
        {
            throw new TrainingDataException(path, line, "the line has neither a 'tokens' array nor a non-empty 'text'.");
        }

        var buffer = new Documents.TokenBuffer();
        RawTextTokenizer.Tokenize(text, buffer);
        var starts = new Dictionary<int, int>();
        var ends = new Dictionary<int, int>();
        var tokens = new List<string>(buffer.Count);
        for (var i = 0; i < buffer.Count; i++)
        {
            starts[buffer.StartAt(i)] = i;
            ends[buffer.StartAt(i) + buffer.LengthAt(i)] = i + 1;
            tokens.Add(text.Substring(buffer.StartAt(i), buffer.LengthAt(i)));
        }

        var spans = new List<AnnotatedSpan>();
        var previousEnd = 0;
        if (root.TryGetProperty("entities", out var entities) && entities.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in entities.EnumerateArray())
            {
                if (!e.TryGetProperty("label", out var labelElement) || labelElement.GetString() is not { Length: > 0 } label)
                {
                    throw new TrainingDataException(path, line, "an entity has no 'label'.");
                }

                if (!e.TryGetProperty("start", out var cs) || !e.TryGetProperty("end", out var ce) || cs.ValueKind != JsonValueKind.Number || ce.ValueKind != JsonValueKind.Number)
                {
                    throw new TrainingDataException(path, line, $"entity '{label}' has no character 'start'/'end'.");
                }

                if (!starts.TryGetValue(cs.GetInt32(), out var start) || !ends.TryGetValue(ce.GetInt32(), out var end) || end <= start)
                {
                    throw new TrainingDataException(path, line, $"entity '{label}' [{cs.GetInt32()}, {ce.GetInt32()}) does not start and end on token boundaries of the tokenizer.");
                }

                if (start >= previousEnd)
                {
                    spans.Add(new AnnotatedSpan(start, end, label));
                    previousEnd = end;
                }
            }
        }

        return new AnnotatedSentence(tokens, spans, path, line);
    }
}
