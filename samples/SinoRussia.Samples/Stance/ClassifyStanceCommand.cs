using System.CommandLine;
using SinoRussia.Nlp.Pipeline;
using SinoRussia.Nlp.Segmentation;
using SinoRussia.Nlp.Stance;
using SinoRussia.Nlp.Tokenization;
using SinoRussia.Samples.Commands;

namespace SinoRussia.Samples.Stance;

/// <summary>classify-stance: runs tokenizer, paragraph splitter and stance classifier over text files and prints each paragraph's and document's stance with evidence.</summary>
internal sealed class ClassifyStanceCommand : ICliCommand
{
    public Command Create()
    {
        var files = new Argument<string[]>("FILES") { Description = "UTF-8 text files.", Arity = ArgumentArity.OneOrMore };
        var model = new Option<string?>("--model", "-m") { Description = "Model file (default: the embedded Sino-Russian alignment model)." };
        var command = new Command("classify-stance", "Label each paragraph (of at least 25 words) and each document with a stance toward the model's target, with the phrases that weighed most.\n\nExample:\n  classify-stance samples/data/001_af0e269193000604.txt");
        command.Arguments.Add(files);
        command.Options.Add(model);
        command.SetAction(result =>
        {
            try
            {
                var stanceModel = result.GetValue(model) is { } path ? StanceModel.Load(path) : StanceModel.Default;
                var pipeline = new NlpPipelineBuilder().AddTokenizer().AddParagraphSplitter().AddStanceClassifier(o => o.Model = stanceModel).Build();
                foreach (var file in result.GetValue(files)!)
                {
                    var document = pipeline.Process(File.ReadAllText(file));
                    var stance = document.Stance;
                    Console.WriteLine($"{Path.GetFileName(file)}: {(stance is null ? "(no paragraph long enough)" : Describe(stance))}");
                    for (var i = 0; i < document.Paragraphs.Count; i++)
                    {
                        if (document.GetParagraphStance(i) is { } judgement)
                        {
                            var text = document.Paragraphs[i].Text.ReplaceLineEndings(" ");
                            Console.WriteLine($"  [{i}] {Describe(judgement)}  \"{(text.Length > 70 ? text[..67] + "..." : text)}\"");
                        }
                    }
                }

                return 0;
            }
            catch (Exception ex) when (ex is StanceModelException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"classify-stance: {ex.Message}");
                return 1;
            }
        });
        return command;
    }

    private static string Describe(Nlp.Documents.StanceJudgement judgement) =>
        $"{judgement.Label} ({string.Join(" ", judgement.Scores.Select(s => $"{s.Key} {s.Value:0.00}"))}) because: {string.Join(", ", judgement.Evidence.Select(e => e.Phrase))}";
}
