using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace SinoRussia.Nlp.Stance;

/// <summary>
/// Loads labelled stance data from CSV (RFC 4180), TSV (no quoting) or JSONL files with the columns <c>text</c>,
/// <c>label</c> and optionally <c>target</c>, <c>group</c> and <c>split</c> (names configurable).
/// </summary>
/// <remarks>Files must be UTF-8 (a BOM is allowed). Every problem is reported as a <see cref="StanceDataException"/> naming file, line and column.</remarks>
public static class StanceDataLoader
{
    private const long MaxFileBytes = 2L * 1024 * 1024 * 1024 - 1;

    /// <summary>Loads a data file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Column names, split filter and format; <see langword="null"/> for the defaults.</param>
    /// <returns>The examples.</returns>
    /// <exception cref="StanceDataException">The file is missing, not UTF-8, malformed, lacks a column, has an empty text or label, has no rows for the split, or has fewer distinct labels than required.</exception>
    public static StanceDataSet Load(string path, StanceDataLoaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= new StanceDataLoaderOptions();
        if (!File.Exists(path))
        {
            throw new StanceDataException(path, 0, 0, "the file does not exist.");
        }

        byte[] bytes;
        try
        {
            if (new FileInfo(path).Length > MaxFileBytes)
            {
                throw new StanceDataException(path, 0, 0, "the file is larger than 2 GB.");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            throw new StanceDataException(path, 0, 0, $"the file could not be read: {ex.Message}");
        }

        var text = Decode(path, bytes);
        var format = options.Format != StanceDataFormat.Auto ? options.Format : FormatFromExtension(path);
        var (header, rows) = format switch
        {
            StanceDataFormat.Csv => ParseCsv(path, text),
            StanceDataFormat.Tsv => ParseTsv(text),
            _ => ParseJsonl(path, text),
        };
        return Build(path, options, header, rows, format);
    }

    internal static string Decode(string path, byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            var span = bytes.AsSpan(start);
            var chars = new char[span.Length + 1];
            Utf8.ToUtf16(span, chars, out var valid, out _, replaceInvalidSequences: false);
            var offset = start + valid;
            var line = 1;
            var lineStart = 0;
            for (var i = 0; i < offset; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            throw new StanceDataException(path, line, offset - lineStart + 1, $"the file is not valid UTF-8 (byte 0x{bytes[offset]:X2} at byte offset {offset}); save it as UTF-8.");
        }
    }

    private static StanceDataFormat FormatFromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => StanceDataFormat.Csv,
        ".tsv" or ".tab" => StanceDataFormat.Tsv,
        ".jsonl" or ".ndjson" or ".json" => StanceDataFormat.Jsonl,
        var other => throw new StanceDataException(path, 0, 0, $"cannot tell the format from the extension '{other}': use .csv, .tsv or .jsonl, or set the format explicitly."),
    };

    private static StanceDataSet Build(string path, StanceDataLoaderOptions options, Dictionary<string, int>? header, List<Row> rows, StanceDataFormat format)
    {
        if (rows.Count == 0 && header is null)
        {
            throw new StanceDataException(path, 0, 0, "the file has no rows.");
        }

        var tabular = format != StanceDataFormat.Jsonl;
        int Find(string name, bool required, Row? row)
        {
            var columns = header ?? row!.Names!;
            if (columns.TryGetValue(name, out var index))
            {
                return index;
            }

            if (!required)
            {
                return -1;
            }

            var near = columns.Keys.FirstOrDefault(k => string.Equals(k.Trim(), name, StringComparison.OrdinalIgnoreCase));
            var hint = near is null ? "" : $" (did you mean '{near}'? names are case-sensitive; set the column name option)";
            var have = string.Join(", ", columns.Keys.Select(k => $"'{k}'"));
            throw new StanceDataException(path, row?.Line ?? 1, row is null ? 1 : 1, $"there is no column '{name}'{hint}; the {(tabular ? "header has" : "object has")} {have}.");
        }

        var examples = new List<StanceExample>();
        var labelColumnByLine = new Dictionary<int, int>();
        int textIndex = -1, labelIndex = -1, targetIndex = -1, groupIndex = -1, splitIndex = -1;
        if (header is not null)
        {
            textIndex = Find(options.TextColumn, true, null);
            labelIndex = Find(options.LabelColumn, true, null);
            targetIndex = Find(options.TargetColumn, false, null);
            groupIndex = Find(options.GroupColumn, false, null);
            splitIndex = Find(options.SplitColumn, options.Split is not null, null);
        }

        var splitsSeen = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Names is not null)
            {
                textIndex = Find(options.TextColumn, true, row);
                labelIndex = Find(options.LabelColumn, true, row);
                targetIndex = Find(options.TargetColumn, false, row);
                groupIndex = Find(options.GroupColumn, false, row);
                splitIndex = Find(options.SplitColumn, options.Split is not null, row);
            }
            else if (row.Fields.Count != header!.Count)
            {
                throw new StanceDataException(path, row.Line, Math.Min(row.Fields.Count, header.Count) + 1, $"the row has {row.Fields.Count} fields but the header has {header.Count}{(format == StanceDataFormat.Tsv ? " (TSV fields are separated by tabs and never quoted)" : "")}.");
            }

            if (splitIndex >= 0 && options.Split is not null)
            {
                var split = row.Fields[splitIndex].Value ?? "";
                splitsSeen.Add(split);
                if (!string.Equals(split, options.Split, StringComparison.Ordinal))
                {
                    continue;
                }
            }

            var textField = row.Fields[textIndex];
            var labelField = row.Fields[labelIndex];
            if (string.IsNullOrWhiteSpace(textField.Value))
            {
                throw new StanceDataException(path, textField.Line, textField.Column, $"the text (column '{options.TextColumn}') is empty.");
            }

            if (string.IsNullOrWhiteSpace(labelField.Value))
            {
                throw new StanceDataException(path, labelField.Line, labelField.Column, $"the label (column '{options.LabelColumn}') is empty.");
            }

            var target = targetIndex >= 0 ? row.Fields[targetIndex].Value : null;
            var group = groupIndex >= 0 ? row.Fields[groupIndex].Value : null;
            examples.Add(new StanceExample(textField.Value, labelField.Value.Trim(), string.IsNullOrWhiteSpace(target) ? null : target, string.IsNullOrWhiteSpace(group) ? null : group) { Line = row.Line });
            labelColumnByLine[row.Line] = labelField.Column;
        }

        if (examples.Count == 0)
        {
            throw new StanceDataException(path, 0, 0, options.Split is null
                ? "the file has a header but no rows."
                : $"no rows have split '{options.Split}' (column '{options.SplitColumn}'); the splits present are [{string.Join(", ", splitsSeen)}].");
        }

        var labels = examples.Select(e => e.Label).Distinct(StringComparer.Ordinal).ToList();
        if (labels.Count < options.MinimumLabels)
        {
            throw new StanceDataException(path, examples[0].Line, labelColumnByLine[examples[0].Line], $"every one of the {examples.Count} rows{(options.Split is null ? "" : $" of split '{options.Split}'")} has the label '{labels[0]}'; training needs at least {options.MinimumLabels} distinct labels in column '{options.LabelColumn}'.");
        }

        return new StanceDataSet(path, examples, labelIndex + 1, labelColumnByLine);
    }

    private static (Dictionary<string, int>?, List<Row>) ParseTsv(string text)
    {
        var rows = new List<Row>();
        Dictionary<string, int>? header = null;
        var line = 0;
        var position = 0;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0)
            {
                end = text.Length;
            }

            line++;
            var content = text.AsSpan(position, end - position).TrimEnd('\r');
            position = end + 1;
            if (content.IsWhiteSpace())
            {
                if (end >= text.Length)
                {
                    break;
                }

                continue;
            }

            var fields = new List<Field>();
            var column = 1;
            foreach (var range in content.Split('\t'))
            {
                fields.Add(new Field(content[range].ToString(), line, column++));
            }

            if (header is null)
            {
                header = HeaderOf(fields);
            }
            else
            {
                rows.Add(new Row(line, fields, null));
            }
        }

        return (header, rows);
    }

    private static (Dictionary<string, int>?, List<Row>) ParseCsv(string path, string text)
    {
        var rows = new List<Row>();
        Dictionary<string, int>? header = null;
        var fields = new List<Field>();
        var value = new StringBuilder();
        var line = 1;
        var i = 0;
        var recordLine = 1;
        while (i <= text.Length)
        {
            var fieldLine = line;
            var fieldColumn = fields.Count + 1;
            value.Clear();
            if (i < text.Length && text[i] == '"')
            {
                var openLine = line;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new StanceDataException(path, openLine, fieldColumn, "a quoted field is never closed (missing \").");
                    }

                    var c = text[i];
                    if (c == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            value.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    if (c == '\n')
                    {
                        line++;
                    }

                    value.Append(c);
                    i++;
                }

                if (i < text.Length && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
                {
                    throw new StanceDataException(path, line, fieldColumn, $"unexpected character '{text[i]}' after a closing quote; inside a quoted field write a quote as \"\".");
                }
            }
            else
            {
                while (i < text.Length && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
                {
                    value.Append(text[i]);
                    i++;
                }
            }

            fields.Add(new Field(value.ToString(), fieldLine, fieldColumn));
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            if (i < text.Length && text[i] == '\r')
            {
                i++;
            }

            if (i < text.Length && text[i] == '\n')
            {
                i++;
            }

            var blank = fields.Count == 1 && fields[0].Value.Length == 0;
            if (!blank)
            {
                if (header is null)
                {
                    header = HeaderOf(fields);
                }
                else
                {
                    rows.Add(new Row(recordLine, fields, null));
                }
            }

            fields = [];
            line++;
            recordLine = line;
            if (i >= text.Length)
            {
                break;
            }
        }

        return (header, rows);
    }

    private static (Dictionary<string, int>?, List<Row>) ParseJsonl(string path, string text)
    {
        var rows = new List<Row>();
        var line = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            line++;
            var content = text.AsSpan()[range].TrimEnd('\r');
            if (content.IsWhiteSpace())
            {
                continue;
            }

            var lineText = content.ToString();
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(lineText);
            }
            catch (JsonException ex)
            {
                throw new StanceDataException(path, line, (int)(ex.BytePositionInLine ?? 0) + 1, $"the line is not valid JSON: {ex.Message}");
            }

            using (document)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw new StanceDataException(path, line, 1, $"each line must be a JSON object; found a {document.RootElement.ValueKind}.");
                }

                var names = new Dictionary<string, int>(StringComparer.Ordinal);
                var fields = new List<Field>();
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    var column = lineText.IndexOf("\"" + property.Name + "\"", StringComparison.Ordinal) + 1;
                    var value = property.Value.ValueKind switch
                    {
                        JsonValueKind.String => property.Value.GetString() ?? "",
                        JsonValueKind.Null => "",
                        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                        _ => throw new StanceDataException(path, line, Math.Max(column, 1), $"the value of '{property.Name}' must be a string, number or boolean, not {property.Value.ValueKind}."),
                    };
                    names.TryAdd(property.Name, fields.Count);
                    fields.Add(new Field(value, line, Math.Max(column, 1)));
                }

                rows.Add(new Row(line, fields, names));
            }
        }

        return (null, rows);
    }

    private static Dictionary<string, int> HeaderOf(List<Field> fields)
    {
        var header = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            header.TryAdd(fields[i].Value, i);
        }

        return header;
    }

    private sealed record Field(string Value, int Line, int Column);

    private sealed record Row(int Line, List<Field> Fields, Dictionary<string, int>? Names);
}
