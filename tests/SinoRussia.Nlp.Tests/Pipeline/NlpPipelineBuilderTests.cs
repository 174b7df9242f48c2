using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Pipeline;
using SinoRussia.Nlp.Tests.TestSupport;

namespace SinoRussia.Nlp.Tests.Pipeline;

public class NlpPipelineBuilderTests
{
    private static readonly AnnotationLayer[] None = [];

    [Fact]
    public void A_component_whose_requirement_comes_later_is_rejected_naming_both()
    {
        var builder = new NlpPipelineBuilder()
            .Add(new WhitespaceTestTokenizer())
            .Add(new ProbeComponent("recognizer", [AnnotationLayer.Sentences], [AnnotationLayer.Entities]))
            .Add(new ProbeComponent("splitter", [AnnotationLayer.Tokens], [AnnotationLayer.Sentences]));

        var act = () => builder.Build();

        act.Should().Throw<PipelineConfigurationException>()
            .WithMessage("*'recognizer' requires 'sentences'*produced by 'splitter'*add 'splitter' before 'recognizer'*");
    }

    [Fact]
    public void A_requirement_nobody_produces_is_rejected()
    {
        var builder = new NlpPipelineBuilder().Add(new ProbeComponent("recognizer", [AnnotationLayer.Tokens], None));

        var act = () => builder.Build();

        act.Should().Throw<PipelineConfigurationException>().WithMessage("*'recognizer' requires 'tokens', which no component*");
    }

    [Fact]
    public void An_empty_pipeline_is_rejected()
    {
        var act = () => new NlpPipelineBuilder().Build();
        act.Should().Throw<PipelineConfigurationException>();
    }

    [Fact]
    public void Duplicate_component_names_are_rejected()
    {
        var builder = new NlpPipelineBuilder().Add(new WhitespaceTestTokenizer()).Add(new WhitespaceTestTokenizer());
        var act = () => builder.Build();
        act.Should().Throw<PipelineConfigurationException>().WithMessage("*'test-tokenizer'*unique*");
    }

    [Fact]
    public void Adding_after_build_throws()
    {
        var builder = new NlpPipelineBuilder().Add(new WhitespaceTestTokenizer());
        builder.Build();

        var act = () => builder.Add(new ProbeComponent("late", None, None));

        act.Should().Throw<InvalidOperationException>().WithMessage("*already built*");
    }

    [Fact]
    public void A_built_pipeline_keeps_the_component_order()
    {
        var pipeline = new NlpPipelineBuilder()
            .Add(new WhitespaceTestTokenizer())
            .Add(new ProbeComponent("splitter", [AnnotationLayer.Tokens], [AnnotationLayer.Sentences]))
            .Build();

        pipeline.Components.Select(c => c.Name).Should().Equal("test-tokenizer", "splitter");
    }
}
