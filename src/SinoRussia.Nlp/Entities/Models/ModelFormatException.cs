namespace SinoRussia.Nlp.Entities.Models;

/// <summary>
/// Thrown when an entity model file is truncated, corrupted, of a foreign format or of an unsupported version.
/// </summary>
/// <remarks>The message names the file (or stream source) and the problem.</remarks>
public sealed class ModelFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file path or stream name.</param>
    /// <param name="problem">What is wrong.</param>
    public ModelFormatException(string source, string problem)
        : base($"Entity model '{source}' is not usable: {problem}")
    {
        Source = source;
        Problem = problem;
    }

    /// <summary>Creates the exception with an inner exception.</summary>
    /// <param name="source">The file path or stream name.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="inner">The underlying error.</param>
    public ModelFormatException(string source, string problem, Exception inner)
        : base($"Entity model '{source}' is not usable: {problem}", inner)
    {
        Source = source;
        Problem = problem;
    }

    /// <summary>Gets the file path or stream name of the model.</summary>
    public new string Source { get; }

    /// <summary>Gets the description of the problem.</summary>
    public string Problem { get; }
}
