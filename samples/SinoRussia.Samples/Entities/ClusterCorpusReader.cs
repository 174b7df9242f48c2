using System.Text.Json;
using SinoRussia.Nlp.Entities.Training;
using SinoRussia.Nlp.Segmentation;
using SinoRussia.Nlp.Tokenization;

namespace SinoRussia.Samples.Entities;

/// <summary>
/// Streams tokenised sentences out of unlabelled or labelled corpus files for word clustering: CoNLL-U (FORM column),
/// JSONL in the staged uniform schema (<c>tokens</c>, else the tokenised <c>text</c>), CoNLL/IOB (first column),
/// TSV with a <c>text</c> header column (rows whose <c>split</c> column is <c>test</c> are skipped) and plain text.
/// Raw text is tokenised by the library tokenizer and split into sentences by the library sentence splitter.
/// </summary>
internal static class ClusterCorpusReader
{
    private static readonly Tokenizer RawTokenizer = new();
    private static readonly SentenceSplitter Sentences = new();

    public static string Describe(string path) => Format(path) ?? "unknown";

    public static IEnumerable<IReadOnlyList<string>> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new TrainingDataException(path, 0, "the file does not exist.");
        }

        return Format(path) switch
        {
            "conllu" => ReadColumns(path, conllu: true),
            "conll" => ReadColumns(path, conllu: false),
            "jsonl" => ReadJsonl(path),
            "tsv" => ReadTsv(path),
            "txt" => ReadText(path),
            _ => throw new TrainingDataException(path, 0, "unknown file type; expected .conllu, .jsonl, .conll/.iob2/.iob/.bio, .tsv (with a 'text' column) or .txt."),
        };
    }

    private static string? Format(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".conllu" => "conllu",
        ".conll" or ".iob2" or ".iob" or ".bio" => "conll",
        ".jsonl" => "jsonl",
        ".tsv" => "tsv",
        ".txt" => "txt",
        _ => null,
    };

    private static IEnumerable<IReadOnlyList<string>> ReadColumns(string path, bool conllu)
    {
        var sentence = new List<string>();
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                if (sentence.Count > 0)
                {
                    yield return sentence;
                    sentence = [];
                }

                continue;
            }

            if ((conllu && line.StartsWith('#')) || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                continue;
            }

            if (conllu)
            {
                var columns = line.Split('\t');
                if (columns.Length != 10)
                {
                    throw new TrainingDataException(path, lineNumber, $"a CoNLL-U word line needs 10 tab-separated columns, found {columns.Length}.");
                }

                if (!columns[0].Contains('-') && !columns[0].Contains('.'))
                {
                    sentence.Add(columns[1]);
                }
            }
            else
            {
                var token = line.Split(line.Contains('\t') ? '\t' : ' ', StringSplitOptions.RemoveEmptyEntries)[0];
                sentence.Add(token);
            }
        }

        if (sentence.Count > 0)
        {
            yield return sentence;
        }
    }

    private static IEnumerable<IReadOnlyList<string>> ReadJsonl(string path)
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            List<string>? tokens = null;
            string? text = null;
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                if (root.TryGetProperty("tokens", out var array) && array.ValueKind == JsonValueKind.Array)
                {
                    tokens = [.. array.EnumerateArray().Select(t => t.GetString() ?? string.Empty)];
                }
                else if (root.TryGetProperty("text", out var value) && value.ValueKind == JsonValueKind.String)
                {
                    text = value.GetString();
                }
                else
                {
                    throw new TrainingDataException(path, lineNumber, "the line has neither a 'tokens' array nor a 'text' string.");
                }
            }
            catch (JsonException ex)
            {
                throw new TrainingDataException(path, lineNumber, $"not valid JSON ({ex.Message}).", ex);
            }
            catch (InvalidOperationException ex)
            {
                throw new TrainingDataException(path, lineNumber, $"a field has the wrong type ({ex.Message}).", ex);
            }

            if (tokens is not null)
            {
                yield return tokens;
            }
            else
            {
                foreach (var sentence in Tokenize(text!))
                {
                    yield return sentence;
                }
            }
        }
    }

    private static IEnumerable<IReadOnlyList<string>> ReadTsv(string path)
    {
        using var reader = new StreamReader(path);
        var header = reader.ReadLine()?.Split('\t') ?? throw new TrainingDataException(path, 1, "the file is empty; expected a header line with a 'text' column.");
        var textColumn = Array.IndexOf(header, "text");
        var splitColumn = Array.IndexOf(header, "split");
        if (textColumn < 0)
        {
            throw new TrainingDataException(path, 1, $"the header has no 'text' column (found: {string.Join(", ", header)}).");
        }

        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != header.Length)
            {
                throw new TrainingDataException(path, lineNumber, $"expected {header.Length} tab-separated columns, found {columns.Length}.");
            }

            if (splitColumn >= 0 && columns[splitColumn] == "test")
            {
                continue;
            }

            foreach (var sentence in Tokenize(columns[textColumn]))
            {
                yield return sentence;
            }
        }
    }

    private static IEnumerable<IReadOnlyList<string>> ReadText(string path)
    {
        foreach (var paragraph in File.ReadLines(path))
        {
            foreach (var sentence in Tokenize(paragraph))
            {
                yield return sentence;
            }
        }
    }

    private static IEnumerable<IReadOnlyList<string>> Tokenize(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        var document = RawTokenizer.Tokenize(text);
        Sentences.Process(document);
        foreach (var sentence in document.Sentences)
        {
            var tokens = new List<string>(sentence.Tokens.Count);
            foreach (var token in sentence.Tokens)
            {
                tokens.Add(token.Text);
            }

            yield return tokens;
        }
    }
}
