using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SinoRussia.Nlp.Pipeline;

// Lives in the DI namespace so that AddNlpPipeline is found wherever services are configured.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers an <see cref="NlpPipeline"/> with <see cref="IServiceCollection"/>.</summary>
public static class NlpServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="NlpPipeline"/> built by <paramref name="configure"/> when first resolved.
    /// Does nothing when a pipeline is already registered.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds components to the builder; <see cref="NlpPipelineBuilder.Services"/> gives the host's services.</param>
    /// <returns>The service collection.</returns>
    /// <example>
    /// <code>services.AddNlpPipeline(b => b.AddTokenizer().AddSentenceSplitter().AddEntityRecognizer());</code>
    /// </example>
    public static IServiceCollection AddNlpPipeline(this IServiceCollection services, Action<NlpPipelineBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.TryAddSingleton(provider =>
        {
            var builder = new NlpPipelineBuilder
            {
                Services = provider,
                LoggerFactory = provider.GetService<ILoggerFactory>(),
            };
            configure(builder);
            return builder.Build();
        });
        return services;
    }
}
