namespace SinoRussia.Nlp.Stance;

/// <summary>A stance model file could not be read, or a model does not fit where it is used (another target or label set).</summary>
public sealed class StanceModelException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, naming the file.</param>
    public StanceModelException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What went wrong, naming the file.</param>
    /// <param name="innerException">The underlying error.</param>
    public StanceModelException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public StanceModelException()
    {
    }

    /// <summary>Gets the file (or stream name) involved, when known.</summary>
    public string? FilePath { get; init; }
}
