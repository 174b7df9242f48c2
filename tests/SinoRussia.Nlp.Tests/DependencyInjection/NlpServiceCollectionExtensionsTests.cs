using Microsoft.Extensions.DependencyInjection;
using SinoRussia.Nlp.Pipeline;
using SinoRussia.Nlp.Tests.TestSupport;

namespace SinoRussia.Nlp.Tests.DependencyInjection;

public class NlpServiceCollectionExtensionsTests
{
    [Fact]
    public void The_pipeline_is_a_singleton_built_from_the_configuration()
    {
        using var provider = new ServiceCollection()
            .AddNlpPipeline(b => b.Add(new WhitespaceTestTokenizer()))
            .BuildServiceProvider();

        var first = provider.GetRequiredService<NlpPipeline>();

        first.Should().BeSameAs(provider.GetRequiredService<NlpPipeline>());
        first.Process("a b").Tokens.Count.Should().Be(2);
    }

    [Fact]
    public void Registering_twice_keeps_the_first_registration()
    {
        using var provider = new ServiceCollection()
            .AddNlpPipeline(b => b.Add(new WhitespaceTestTokenizer()))
            .AddNlpPipeline(_ => throw new InvalidOperationException("must not run"))
            .BuildServiceProvider();

        provider.GetRequiredService<NlpPipeline>().Components.Should().ContainSingle();
    }

    [Fact]
    public void The_builder_sees_the_host_services()
    {
        IServiceProvider? seen = null;
        using var provider = new ServiceCollection()
            .AddNlpPipeline(b =>
            {
                seen = b.Services;
                b.Add(new WhitespaceTestTokenizer());
            })
            .BuildServiceProvider();

        provider.GetRequiredService<NlpPipeline>();

        seen.Should().NotBeNull();
    }

    [Fact]
    public void An_invalid_pipeline_fails_when_resolved()
    {
        using var provider = new ServiceCollection().AddNlpPipeline(_ => { }).BuildServiceProvider();

        var act = () => provider.GetRequiredService<NlpPipeline>();

        act.Should().Throw<PipelineConfigurationException>();
    }
}
