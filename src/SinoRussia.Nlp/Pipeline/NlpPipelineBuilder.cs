using Microsoft.Extensions.Logging;
using SinoRussia.Nlp.Documents;

namespace SinoRussia.Nlp.Pipeline;

/// <summary>
/// Assembles components into an immutable, thread-safe <see cref="NlpPipeline"/>.
/// </summary>
/// <remarks>
/// Stages add themselves through extension methods in their own feature folders (<c>AddTokenizer</c>,
/// <c>AddSentenceSplitter</c>, <c>AddEntityRecognizer</c>, …). <see cref="Build"/> checks that every component's
/// requirements are produced by an earlier component. A builder builds once; adding afterwards throws.
/// </remarks>
public sealed class NlpPipelineBuilder
{
    private readonly List<IPipelineComponent> _components = [];
    private bool _built;

    /// <summary>Gets or sets the services of the host, when the builder is used through dependency injection.</summary>
    /// <value>Defaults to <see langword="null"/>; set by <c>AddNlpPipeline</c>.</value>
    public IServiceProvider? Services { get; set; }

    /// <summary>Gets or sets the logger factory the pipeline reports failures to.</summary>
    /// <value>Defaults to <see langword="null"/> (no logging).</value>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>Gets the components added so far, in order.</summary>
    public IReadOnlyList<IPipelineComponent> Components => _components;

    /// <summary>Appends a component.</summary>
    /// <param name="component">The component.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="component"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its pipeline.</exception>
    public NlpPipelineBuilder Add(IPipelineComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        ThrowIfBuilt();
        _components.Add(component);
        return this;
    }

    /// <summary>Tells whether a component producing <paramref name="layer"/> has been added.</summary>
    /// <param name="layer">The layer.</param>
    /// <returns><see langword="true"/> when a component already produces it.</returns>
    public bool Produces(AnnotationLayer layer) => _components.Exists(c => c.Produces.Contains(layer));

    /// <summary>Checks the component order and builds the pipeline.</summary>
    /// <returns>An immutable, thread-safe pipeline.</returns>
    /// <exception cref="PipelineConfigurationException">No components, duplicate names, or a component whose requirement is produced later or not at all.</exception>
    public NlpPipeline Build()
    {
        ThrowIfBuilt();
        if (_components.Count == 0)
        {
            throw new PipelineConfigurationException("The pipeline has no components: add a tokeniser at least (AddTokenizer()).");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _components.Count; i++)
        {
            var component = _components[i];
            if (!names.Add(component.Name))
            {
                throw new PipelineConfigurationException($"Two components are named '{component.Name}'; names must be unique.");
            }

            foreach (var required in component.Requires)
            {
                if (_components.Take(i).Any(c => c.Produces.Contains(required)))
                {
                    continue;
                }

                var later = _components.Skip(i + 1).FirstOrDefault(c => c.Produces.Contains(required));
                throw new PipelineConfigurationException(later is null
                    ? $"Component '{component.Name}' requires '{required}', which no component in the pipeline produces."
                    : $"Component '{component.Name}' requires '{required}', which is produced by '{later.Name}' that comes after it: add '{later.Name}' before '{component.Name}'.");
            }
        }

        _built = true;
        return new NlpPipeline([.. _components], LoggerFactory?.CreateLogger<NlpPipeline>());
    }

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has already built its pipeline; create a new builder.");
        }
    }
}
