using Microsoft.Extensions.DependencyInjection;
using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Pipeline;
using SinoRussia.Nlp.Segmentation;
using SinoRussia.Nlp.Tokenization;

namespace SinoRussia.Nlp.Tests.Segmentation;

public class SegmentationConcurrencyTests
{
    [Fact]
    public void Gives_identical_results_from_8_threads_and_from_one()
    {
        var pipeline = new NlpPipelineBuilder().AddTokenizer().AddParagraphSplitter().AddSentenceSplitter().Build();
        var texts = Enumerable.Range(0, 1000)
            .Select(i => $"Doc {i}: Mr. Smith paid ${i},000 (about {i % 97}.5%) in the U.S. The end.\n\nIt's done! See https://example.org/{i} 👍🏽")
            .ToArray();
        var sequential = texts.Select(t => Describe(pipeline.Process(t))).ToArray();
        var parallel = new string[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Describe(pipeline.Process(texts[i])));
        parallel.Should().Equal(sequential);
    }

    [Fact]
    public void Registers_through_dependency_injection()
    {
        using var provider = new ServiceCollection()
            .AddNlpPipeline(b => b.AddTokenizer().AddParagraphSplitter().AddSentenceSplitter())
            .BuildServiceProvider();
        var document = provider.GetRequiredService<NlpPipeline>().Process("One. Two.");
        document.Sentences.Count.Should().Be(2);
    }

    private static string Describe(Document document) =>
        string.Join(' ', document.Tokens.Select(t => $"{t.Start}:{t.Length}:{t.Kind}"))
        + " | " + string.Join(' ', document.Sentences.Select(s => $"{s.Start}-{s.End}"))
        + " | " + string.Join(' ', document.Paragraphs.Select(p => $"{p.Start}-{p.End}"));
}
