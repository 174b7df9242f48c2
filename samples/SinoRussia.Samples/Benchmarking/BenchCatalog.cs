using SinoRussia.Nlp.Entities;
using SinoRussia.Nlp.Segmentation;
using SinoRussia.Nlp.Tokenization;

namespace SinoRussia.Samples.Benchmarking;

/// <summary>The rows of the <c>bench</c> command, in table order. Add a row by adding a class and a line here.</summary>
internal static class BenchCatalog
{
    public static IReadOnlyList<Func<IBenchCase>> All { get; } =
    [
        () => new TokenizerBenchCase(),
        () => new TokenizerDocumentBenchCase(),
        () => new ComponentChainBenchCase("tokenizer+sentences+paragraphs", () => [new Tokenizer(), new ParagraphSplitter(), new SentenceSplitter()]),
        () => new ComponentChainBenchCase("tokenizer+sentences+entities", () => [new Tokenizer(), new ParagraphSplitter(), new SentenceSplitter(), new EntityRecognizer()]),
        () => new WhitespaceSplitBenchCase(),
        () => new MlNetTokenizeIntoWordsBenchCase(),
    ];
}
