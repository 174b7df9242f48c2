using SinoRussia.Nlp.Tokenization;

// In the builder's namespace, like every Add* extension, so one using brings the whole builder.
namespace SinoRussia.Nlp.Pipeline;

/// <summary>Adds a <see cref="Tokenizer"/> to an <see cref="NlpPipelineBuilder"/>.</summary>
public static class TokenizerPipelineBuilderExtensions
{
    /// <summary>Adds the English tokeniser, which produces the tokens layer.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes the default options (UD English conventions); optional.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The configured options are invalid.</exception>
    /// <example>
    /// <code>var pipeline = new NlpPipelineBuilder().AddTokenizer(o => o.AddSpecialCase("C++")).Build();</code>
    /// </example>
    public static NlpPipelineBuilder AddTokenizer(this NlpPipelineBuilder builder, Action<TokenizerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new TokenizerOptions();
        configure?.Invoke(options);
        return builder.Add(new Tokenizer(options));
    }
}
