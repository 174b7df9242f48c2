using Microsoft.Extensions.DependencyInjection;
using SinoRussia.Nlp.Pipeline;
using SinoRussia.Nlp.Segmentation;
using SinoRussia.Nlp.Tokenization;

namespace SinoRussia.Nlp.Stance.Tests;

public class StanceDependencyInjectionTests
{
    [Fact]
    public void The_stance_stage_composes_with_the_real_tokenizer_and_paragraph_splitter_through_dependency_injection()
    {
        using var provider = new ServiceCollection()
            .AddNlpPipeline(b => b.AddTokenizer().AddParagraphSplitter().AddStanceClassifier(o => o.RequiredTarget = "Sino-Russian alignment"))
            .BuildServiceProvider();
        var pipeline = provider.GetRequiredService<NlpPipeline>();
        var text = "A short heading\n\nMoscow and Beijing have built a durable strategic partnership that keeps deepening year after year, and both leaderships regard each other as their most reliable partner in a long contest with the West.\n";

        var document = pipeline.Process(text);

        document.Paragraphs.Count.Should().Be(2);
        document.GetParagraphStance(0).Should().BeNull();
        document.GetParagraphStance(1)!.Target.Should().Be("Sino-Russian alignment");
        document.Stance!.Scores.Values.Sum().Should().BeApproximately(1f, 1e-4f);
    }
}
