using SinoRussia.Nlp.Segmentation;

// In the builder's namespace, like every Add* extension, so one using brings the whole builder.
namespace SinoRussia.Nlp.Pipeline;

/// <summary>Adds the sentence and paragraph splitters to an <see cref="NlpPipelineBuilder"/>.</summary>
public static class SegmentationPipelineBuilderExtensions
{
    /// <summary>Adds a <see cref="SentenceSplitter"/>, which requires tokens and produces sentences.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes the default options; optional.</param>
    /// <returns>The builder.</returns>
    /// <example><code>new NlpPipelineBuilder().AddTokenizer().AddSentenceSplitter().Build();</code></example>
    public static NlpPipelineBuilder AddSentenceSplitter(this NlpPipelineBuilder builder, Action<SentenceSplitterOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new SentenceSplitterOptions();
        configure?.Invoke(options);
        return builder.Add(new SentenceSplitter(options));
    }

    /// <summary>Adds a <see cref="ParagraphSplitter"/>, which requires tokens and produces paragraphs.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    /// <example><code>new NlpPipelineBuilder().AddTokenizer().AddParagraphSplitter().Build();</code></example>
    public static NlpPipelineBuilder AddParagraphSplitter(this NlpPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new ParagraphSplitter());
    }
}
