// The README quick start, as a user writes it after `dotnet add package SinoRussia.Nlp.Stance`.
using SinoRussia.Nlp.Pipeline;                // the builder and every Add* stage

var pipeline = new NlpPipelineBuilder()
    .AddTokenizer()
    .AddParagraphSplitter()
    .AddSentenceSplitter()
    .AddEntityRecognizer()
    .AddStanceClassifier()
    .Build();

var document = pipeline.Process(File.ReadAllText(args[0]));

Console.WriteLine($"tokens: {document.Tokens.Count}");
Console.WriteLine($"sentences: {document.Sentences.Count}");
foreach (var entity in document.Entities.DistinctBy(e => (e.Label, e.Text)))
{
    Console.WriteLine($"entity: {entity.Label} {entity.Text}");
}

Console.WriteLine($"stance: {document.Stance?.Label} {document.Stance?.Scores[document.Stance.Label]:0.00}");
