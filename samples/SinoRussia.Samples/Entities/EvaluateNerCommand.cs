using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Entities;
using SinoRussia.Nlp.Entities.Models;
using SinoRussia.Nlp.Entities.Training;
using SinoRussia.Nlp.Pipeline;
using SinoRussia.Nlp.Segmentation;
using SinoRussia.Nlp.Tokenization;
using SinoRussia.Samples.Commands;

namespace SinoRussia.Samples.Entities;

/// <summary><c>evaluate-ner DATA [--model MODEL] [--json FILE] [--map FROM=TO ...]</c>: exact-span P/R/F1 of the entity recogniser.</summary>
/// <remarks>
/// The recogniser is fed the data's gold tokens (one sentence per data sentence), so the figures measure entity
/// recognition, not tokenisation. Gold labels are mapped to ours (PER→PERSON, the CrossNER, GUM and re3d names as the
/// data index suggests; <c>--map</c> overrides); when the data has no GPE label, predicted GPE counts as LOC, and when
/// it has neither GPE nor FAC, predicted FAC (airports, streets, stadiums) counts as LOC too, as CoNLL-style LOC includes both.
/// Only the evaluated labels (PERSON, ORG, LOC and, when present in the data, GPE; or <c>--labels</c>) are scored.
/// </remarks>
internal sealed class EvaluateNerCommand : ICliCommand
{
    private static readonly Dictionary<string, string> DefaultMap = new(StringComparer.Ordinal)
    {
        ["PER"] = "PERSON", ["person"] = "PERSON", ["politician"] = "PERSON", ["Person"] = "PERSON",
        ["organisation"] = "ORG", ["organization"] = "ORG", ["politicalparty"] = "ORG", ["Organisation"] = "ORG",
        ["country"] = "GPE", ["location"] = "LOC", ["place"] = "LOC", ["Location"] = "LOC",
        ["Nationality"] = "NORP", ["Temporal"] = "DATE", ["Money"] = "MONEY", ["Quantity"] = "QUANTITY",
    };

    public Command Create()
    {
        var data = new Argument<string>("data") { Description = "Evaluation file: .jsonl (staged schema, pre-tokenised), .conllu, or CoNLL/IOB." };
        var model = new Option<string?>("--model") { Description = "Model file; the embedded default model when absent." };
        var json = new Option<string?>("--json") { Description = "Write the figures as JSON (fractions) to this file." };
        var map = new Option<string[]>("--map") { Description = "Extra label mapping FROM=TO (TO=O ignores the label); repeatable.", AllowMultipleArgumentsPerToken = true };
        var labels = new Option<string[]>("--labels") { Description = "Labels to score (default: PERSON ORG LOC, plus GPE when the data has it).", AllowMultipleArgumentsPerToken = true };
        var errors = new Option<string?>("--errors") { Description = "Write missed and spurious entities, one per line, to this file." };
        var minScore = new Option<float?>("--min-score") { Description = "Override the recogniser's minimum tagger score (0-1)." };
        var merge = new Option<bool>("--gpe-as-loc") { Description = "Count GPE as LOC on both sides even when the data has GPE." };
        var perSentence = new Option<bool>("--per-sentence") { Description = "Feed every sentence as its own document (by default consecutive sentences with the same doc_id form one document)." };
        var command = new Command("evaluate-ner", "Evaluate the entity recogniser with exact span match (per-label and micro precision/recall/F1) on gold tokens.\n\nExample:\n  evaluate-ner ../shared/data/uner-english-ewt/jsonl/uner_en_ewt-test.jsonl --json ner-uner-test.json")
        {
            data, model, json, map, labels, merge, errors, minScore, perSentence,
        };
        command.SetAction(parse =>
        {
            try
            {
                var path = parse.GetValue(data)!;
                var mapping = new Dictionary<string, string>(DefaultMap, StringComparer.Ordinal);
                foreach (var (from, to) in NerLabelMapping.Parse(parse.GetValue(map) ?? []))
                {
                    mapping[from] = to;
                }

                if (RawDocumentReader.IsRawDocumentFile(path))
                {
                    return EvaluateRaw(path, mapping, parse.GetValue(labels), parse.GetValue(model), parse.GetValue(minScore), parse.GetValue(json), parse.GetValue(errors));
                }

                var sentences = EntityDataReader.Read(path);
                var goldHasGpe = sentences.Any(s => s.Entities.Any(e => Map(mapping, e.Label) == "GPE"));
                var gpeAsLoc = !goldHasGpe || parse.GetValue(merge);
                var facAsLoc = FacCountsAsLoc(sentences.SelectMany(s => s.Entities).Select(e => Map(mapping, e.Label)));
                var scored = parse.GetValue(labels) is { Length: > 0 } l ? new HashSet<string>(l) : new HashSet<string>(goldHasGpe && !gpeAsLoc ? ["PERSON", "ORG", "LOC", "GPE"] : ["PERSON", "ORG", "LOC"]);
                var options = new EntityRecognizerOptions();
                if (parse.GetValue(model) is { } modelPath)
                {
                    options.ModelPath = modelPath;
                }

                if (parse.GetValue(minScore) is { } threshold)
                {
                    options.MinimumScore = threshold;
                }

                var loading = System.Diagnostics.Stopwatch.StartNew();
                options.Model = options.ModelPath is { } file ? EntityModel.Load(file) : EntityModel.Default;
                var modelLoad = loading.Elapsed.TotalMilliseconds;
                var recognizer = new EntityRecognizer(options);
                Console.WriteLine($"Model {options.ModelPath ?? "embedded default"} loaded in {modelLoad:F0} ms; recogniser (patterns, gazetteer) ready after {loading.Elapsed.TotalMilliseconds:F0} ms (first load in this process, JIT included).");
                var counts = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
                using var errorWriter = parse.GetValue(errors) is { } errorPath ? new StreamWriter(errorPath) : null;
                foreach (var group in GroupByDocument(sentences, parse.GetValue(perSentence)))
                {
                    var document = BuildDocument(group, out var starts);
                    recognizer.Process(document);
                    var gold = new HashSet<(int, int, string)>();
                    for (var g = 0; g < group.Count; g++)
                    {
                        var s = group[g];
                        foreach (var e in s.Entities)
                        {
                            var label = Normalise(Map(mapping, e.Label), gpeAsLoc, facAsLoc);
                            if (scored.Contains(label))
                            {
                                gold.Add((starts[g][e.TokenStart], starts[g][e.TokenEnd - 1] + s.Tokens[e.TokenEnd - 1].Length, label));
                                Count(counts, label)[1]++;
                            }
                        }
                    }

                    var found = new HashSet<(int, int, string)>();
                    foreach (var e in document.Entities)
                    {
                        var label = Normalise(e.Label, gpeAsLoc, facAsLoc);
                        if (!scored.Contains(label))
                        {
                            continue;
                        }

                        Count(counts, label)[2]++;
                        found.Add((e.Start, e.End, label));
                        if (gold.Contains((e.Start, e.End, label)))
                        {
                            Count(counts, label)[0]++;
                        }
                        else
                        {
                            errorWriter?.WriteLine($"spurious\t{label}\t{document.Text[e.Start..e.End]}\t{SentenceAt(document, e.Start)}");
                        }
                    }

                    foreach (var (start, end, label) in gold)
                    {
                        if (!found.Contains((start, end, label)))
                        {
                            errorWriter?.WriteLine($"missed\t{label}\t{document.Text[start..end]}\t{SentenceAt(document, start)}");
                        }
                    }
                }

                Report(path, sentences.Count, counts, parse.GetValue(json), gpeAsLoc);
                return 0;
            }
            catch (Exception ex) when (ex is TrainingDataException or ModelFormatException or IOException or ArgumentException or FormatException)
            {
                Console.Error.WriteLine($"evaluate-ner: {ex.Message}");
                return 1;
            }
        });
        return command;
    }

    private static int EvaluateRaw(string path, Dictionary<string, string> mapping, string[]? labels, string? modelPath, float? minScore, string? jsonPath, string? errorPath)
    {
        var documents = RawDocumentReader.Read(path, 0.5);
        var scored = labels is { Length: > 0 } ? new HashSet<string>(labels) : new HashSet<string>(["PERSON", "ORG", "LOC"]);
        var loading = System.Diagnostics.Stopwatch.StartNew();
        var builder = new NlpPipelineBuilder().AddTokenizer().AddParagraphSplitter().AddSentenceSplitter().AddEntityRecognizer(o =>
        {
            o.ModelPath = modelPath;
            if (minScore is { } m)
            {
                o.MinimumScore = m;
            }
        });
        var pipeline = builder.Build();
        pipeline.Process("Warm-up.");
        Console.WriteLine($"Pipeline ready in {loading.Elapsed.TotalMilliseconds:F0} ms (model {modelPath ?? "embedded default"}, first load in this process, JIT included).");
        var counts = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        using var errorWriter = errorPath is not null ? new StreamWriter(errorPath) : null;
        var facAsLoc = FacCountsAsLoc(documents.SelectMany(d => d.Entities).Select(e => Map(mapping, e.Label)));
        var offBoundary = 0;
        string? firstOffBoundary = null;
        for (var d = 0; d < documents.Count; d++)
        {
            var (text, entities) = documents[d];
            var document = pipeline.Process(text);
            foreach (var (start, end, _) in OffTokenBoundaries(document, entities))
            {
                offBoundary++;
                firstOffBoundary ??= $"\"{text[start..end]}\" in document {d + 1}";
            }

            var gold = new HashSet<(int, int, string)>();
            foreach (var (start, end, raw) in entities)
            {
                var label = Normalise(Map(mapping, raw), true, facAsLoc);
                if (scored.Contains(label) && gold.Add((start, end, label)))
                {
                    Count(counts, label)[1]++;
                }
            }

            foreach (var e in document.Entities)
            {
                var label = Normalise(e.Label, true, facAsLoc);
                if (!scored.Contains(label))
                {
                    continue;
                }

                Count(counts, label)[2]++;
                if (gold.Contains((e.Start, e.End, label)))
                {
                    Count(counts, label)[0]++;
                }
                else
                {
                    errorWriter?.WriteLine($"spurious\t{label}\t{e.Text}");
                }
            }

            foreach (var (start, end, label) in gold)
            {
                if (!document.Entities.Any(e => e.Start == start && e.End == end && Normalise(e.Label, true, facAsLoc) == label))
                {
                    errorWriter?.WriteLine($"missed\t{label}\t{text[start..end]}");
                }
            }
        }

        Report(path, documents.Count, counts, jsonPath, true, "documents, tokenised by the library's tokeniser and sentence splitter");
        if (offBoundary > 0)
        {
            Console.WriteLine($"Note: {offBoundary} gold span(s) do not start and end on token boundaries of the library's tokeniser and can never match exactly (first: {firstOffBoundary}); train-ner rejects such lines.");
        }

        return 0;
    }

    /// <summary>The gold spans of a raw document that cut through a token of the library's tokeniser.</summary>
    internal static IEnumerable<(int Start, int End, string Label)> OffTokenBoundaries(Document document, IEnumerable<(int Start, int End, string Label)> spans)
    {
        var starts = new HashSet<int>();
        var ends = new HashSet<int>();
        for (var t = 0; t < document.TokenCount; t++)
        {
            starts.Add(document.TokenStarts[t]);
            ends.Add(document.TokenStarts[t] + document.TokenLengths[t]);
        }

        return spans.Where(s => !starts.Contains(s.Start) || !ends.Contains(s.End)).ToList();
    }

    // Consecutive sentences with the same doc_id form one document, as the library sees text in use; the recogniser's
    // within-document consistency then applies. --per-sentence feeds every sentence alone.
    internal static IEnumerable<List<AnnotatedSentence>> GroupByDocument(IReadOnlyList<AnnotatedSentence> sentences, bool perSentence)
    {
        var group = new List<AnnotatedSentence>();
        foreach (var s in sentences)
        {
            if (group.Count > 0 && (perSentence || s.DocumentId is null || s.DocumentId != group[0].DocumentId))
            {
                yield return group;
                group = [];
            }

            group.Add(s);
        }

        if (group.Count > 0)
        {
            yield return group;
        }
    }

    internal static Document BuildDocument(IReadOnlyList<AnnotatedSentence> sentences, out int[][] starts)
    {
        var text = string.Join('\n', sentences.Select(s => string.Join(' ', s.Tokens)));
        var document = new Document(text);
        var buffer = new TokenBuffer(sentences.Sum(s => s.Tokens.Count));
        var ranges = new List<TokenRange>(sentences.Count);
        starts = new int[sentences.Count][];
        var position = 0;
        for (var k = 0; k < sentences.Count; k++)
        {
            var tokens = sentences[k].Tokens;
            starts[k] = new int[tokens.Count];
            var first = buffer.Count;
            for (var i = 0; i < tokens.Count; i++)
            {
                starts[k][i] = position;
                buffer.Add(position, tokens[i].Length, KindOf(tokens[i]));
                position += tokens[i].Length + 1;
            }

            if (tokens.Count > 0)
            {
                ranges.Add(new TokenRange(first, buffer.Count));
            }

            position += tokens.Count == 0 ? 1 : 0;
        }

        document.SetTokens(buffer);
        document.SetSentences(ranges.ToArray());
        return document;
    }

    private static string SentenceAt(Document document, int offset)
    {
        var start = document.Text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        var end = document.Text.IndexOf('\n', offset);
        return document.Text[start..(end < 0 ? document.Text.Length : end)];
    }

    private static TokenKind KindOf(string t) =>
        char.IsDigit(t[0]) ? TokenKind.Number : char.IsLetter(t[0]) ? TokenKind.Word : char.IsPunctuation(t[0]) ? TokenKind.Punctuation : TokenKind.Symbol;

    private static string Map(Dictionary<string, string> mapping, string label) => mapping.TryGetValue(label, out var m) ? m : label;

    // CoNLL-style data (no GPE, no FAC) has one LOC for places, countries and facilities alike.
    private static bool FacCountsAsLoc(IEnumerable<string> goldLabels) => !goldLabels.Any(l => l is "FAC" or "GPE");

    private static string Normalise(string label, bool gpeAsLoc, bool facAsLoc) => (gpeAsLoc && label == "GPE") || (facAsLoc && label == "FAC") ? "LOC" : label;

    private static int[] Count(SortedDictionary<string, int[]> counts, string label)
    {
        if (!counts.TryGetValue(label, out var c))
        {
            counts.Add(label, c = new int[3]);
        }

        return c;
    }

    private static (double P, double R, double F) Prf(int tp, int gold, int predicted)
    {
        var p = predicted == 0 ? 0 : tp / (double)predicted;
        var r = gold == 0 ? 0 : tp / (double)gold;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static void Report(string path, int sentences, SortedDictionary<string, int[]> counts, string? jsonPath, bool gpeAsLoc, string unit = "sentences, gold tokens fed to the recogniser")
    {
        Console.WriteLine($"{Path.GetFileName(path)}: {sentences} {unit}{(gpeAsLoc ? ", GPE counted as LOC" : "")}");
        Console.WriteLine($"{"label",-10} {"precision",9} {"recall",9} {"f1",9} {"gold",7} {"pred",7} {"correct",7}");
        var labels = new Dictionary<string, object>();
        int tp = 0, gold = 0, predicted = 0;
        foreach (var (label, c) in counts)
        {
            var (p, r, f) = Prf(c[0], c[1], c[2]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-10} {p,9:0.0000} {r,9:0.0000} {f,9:0.0000} {c[1],7} {c[2],7} {c[0],7}"));
            labels[label] = new { precision = Math.Round(p, 4), recall = Math.Round(r, 4), f1 = Math.Round(f, 4), gold = c[1], predicted = c[2], correct = c[0] };
            tp += c[0];
            gold += c[1];
            predicted += c[2];
        }

        var (mp, mr, mf) = Prf(tp, gold, predicted);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"micro",-10} {mp,9:0.0000} {mr,9:0.0000} {mf,9:0.0000} {gold,7} {predicted,7} {tp,7}"));
        if (jsonPath is not null)
        {
            var payload = new Dictionary<string, object>
            {
                ["micro"] = new { precision = Math.Round(mp, 4), recall = Math.Round(mr, 4), f1 = Math.Round(mf, 4) },
                ["labels"] = labels,
            };
            File.WriteAllText(jsonPath, JsonSerializer.Serialize(payload, new JsonSerializerOptions { WriteIndented = true }));
        }
    }
}
