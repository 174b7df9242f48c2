using SinoRussia.Nlp.Stance;

namespace SinoRussia.Nlp.Pipeline;

/// <summary>Adds the stance stage to a pipeline builder.</summary>
public static class StanceClassifierBuilderExtensions
{
    /// <summary>
    /// Appends a <see cref="StanceClassifier"/> (requires tokens and paragraphs; uses entities when present).
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Adjusts the options, for example to set a custom <see cref="StanceClassifierOptions.Model"/>; <see langword="null"/> for the embedded default model.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="StanceModelException">The model does not match the required target or labels.</exception>
    public static NlpPipelineBuilder AddStanceClassifier(this NlpPipelineBuilder builder, Action<StanceClassifierOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new StanceClassifierOptions();
        configure?.Invoke(options);
        return builder.Add(new StanceClassifier(options));
    }
}
