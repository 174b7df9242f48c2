namespace SinoRussia.Nlp.Pipeline;

/// <summary>Thrown when a pipeline cannot be built: components out of order, a missing requirement, or invalid options.</summary>
public sealed class PipelineConfigurationException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the components involved.</param>
    public PipelineConfigurationException(string message)
        : base(message)
    {
    }
}
