using SinoRussia.Nlp.Entities;

// In the builder's namespace, like every Add* extension, so one using brings the whole builder.
namespace SinoRussia.Nlp.Pipeline;

/// <summary>Adds an <see cref="EntityRecognizer"/> to an <see cref="NlpPipelineBuilder"/>.</summary>
public static class EntityRecognizerBuilderExtensions
{
    /// <summary>Adds the entity recogniser (requires tokens and sentences; produces entities).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes the default options (embedded model, built-in patterns and rules); optional.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The configured options are invalid.</exception>
    /// <example>
    /// <code>var pipeline = new NlpPipelineBuilder().AddTokenizer().AddSentenceSplitter().AddEntityRecognizer(o => o.Ruler.PatternFiles.Add("patterns.jsonl")).Build();</code>
    /// </example>
    public static NlpPipelineBuilder AddEntityRecognizer(this NlpPipelineBuilder builder, Action<EntityRecognizerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new EntityRecognizerOptions();
        configure?.Invoke(options);
        return builder.Add(new EntityRecognizer(options));
    }
}
