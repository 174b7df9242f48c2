using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using SinoRussia.Nlp.Corpora;
using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Segmentation;
using SinoRussia.Nlp.Tokenization;
using SinoRussia.Samples.Commands;

namespace SinoRussia.Samples.Tokenization;

/// <summary><c>evaluate-tokenizer FILE.conllu</c>: token, word and sentence P/R/F1 against a CoNLL-U file (CoNLL-2018 semantics).</summary>
internal sealed class EvaluateTokenizerCommand : ICliCommand
{
    public Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A CoNLL-U file with # text comments (for example en_ewt-ud-dev.conllu)." };
        var json = new Option<FileInfo?>("--json") { Description = "Also write the figures as JSON (fractions) to this file." };
        var errors = new Option<int>("--show-errors") { Description = "Print this many token and sentence mismatches with context.", DefaultValueFactory = _ => 0 };
        var command = new Command(
            "evaluate-tokenizer",
            "Score the tokeniser and sentence splitter against gold CoNLL-U segmentation: precision, recall and F1 of token, word and sentence "
            + "character spans over the raw text rebuilt from '# text' (CoNLL-2018 semantics: a multiword token such as \"don't\" is one token; "
            + "'words' scores the UD split do + n't).\n\nExample:\n  evaluate-tokenizer ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu --json ewt-dev.json")
        {
            file,
            json,
            errors,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(file)!, parseResult.GetValue(json), parseResult.GetValue(errors)));
        return command;
    }

    internal static int Run(FileInfo file, FileInfo? json, int showErrors)
    {
        ConlluRawText gold;
        try
        {
            gold = ConlluRawText.FromFile(file.FullName);
        }
        catch (Exception e) when (e is ConlluFormatException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }

        var result = TokenizerEvaluation.Evaluate(gold);
        Console.WriteLine($"{file.Name}: {gold.Tokens.Count:N0} gold tokens, {gold.Words.Count:N0} words, {gold.Sentences.Count:N0} sentences, {gold.Text.Length:N0} characters");
        Console.WriteLine("UD conventions: tokens = surface tokens (SplitContractions = false), words = default split; KeepFootnoteMarkers = false for both.");
        Console.WriteLine();
        Console.WriteLine($"{"",-10} {"precision",10} {"recall",10} {"F1",10} {"matched",10} {"predicted",10} {"gold",10}");
        Row("tokens", result.Tokens);
        Row("words", result.Words);
        Row("sentences", result.Sentences);
        if (showErrors > 0)
        {
            PrintErrors("token", gold.Text, result.PredictedTokens, gold.Tokens, showErrors);
            PrintErrors("sentence", gold.Text, result.PredictedSentences, gold.Sentences, showErrors);
        }

        if (json is not null && !JsonFileOutput.TryWrite(json.FullName, path => WriteJson(path, result), Console.Error))
        {
            return 1;
        }

        return 0;
    }

    private static void Row(string name, SpanScore score) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-10} {score.Precision * 100,10:F2} {score.Recall * 100,10:F2} {score.F1 * 100,10:F2} {score.Matched,10} {score.Predicted,10} {score.Gold,10}"));

    private static void WriteJson(string path, TokenizerEvaluationResult result)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        Write(writer, "tokens", result.Tokens);
        Write(writer, "words", result.Words);
        Write(writer, "sentences", result.Sentences);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, string name, SpanScore score)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("precision", Math.Round(score.Precision, 6));
        writer.WriteNumber("recall", Math.Round(score.Recall, 6));
        writer.WriteNumber("f1", Math.Round(score.F1, 6));
        writer.WriteEndObject();
    }

    private static void PrintErrors(string what, string text, IReadOnlyList<CharacterSpan> predicted, IReadOnlyList<CharacterSpan> gold, int limit)
    {
        var goldSet = gold.ToHashSet();
        var predictedSet = predicted.ToHashSet();
        Console.WriteLine();
        Console.WriteLine($"First {limit} {what} errors (- missed gold, + spurious prediction):");
        var shown = 0;
        int i = 0, j = 0;
        while (shown < limit && (i < predicted.Count || j < gold.Count))
        {
            if (j < gold.Count && (i >= predicted.Count || gold[j].Start <= predicted[i].Start))
            {
                if (!predictedSet.Contains(gold[j]))
                {
                    Show("-", text, gold[j]);
                    shown++;
                }

                j++;
            }
            else
            {
                if (!goldSet.Contains(predicted[i]))
                {
                    Show("+", text, predicted[i]);
                    shown++;
                }

                i++;
            }
        }
    }

    private static void Show(string sign, string text, CharacterSpan span)
    {
        var from = Math.Max(0, span.Start - 30);
        var to = Math.Min(text.Length, span.End + 30);
        var shownSpan = span.Length > 80 ? text.Substring(span.Start, 40) + " … " + text.Substring(span.End - 35, 35) : text[span.Start..span.End];
        Console.WriteLine($"  {sign} [{shownSpan}]   …{text[from..span.Start]}⟦{(span.Length > 80 ? "…" : shownSpan)}⟧{text[span.End..to]}…".Replace('\n', '¶'));
    }
}
