namespace SinoRussia.Nlp.Stance;

/// <summary>A stance data file is malformed; the message names the file, line and column.</summary>
public sealed class StanceDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="filePath">The file.</param>
    /// <param name="line">The 1-based line, or 0 when the problem concerns the whole file.</param>
    /// <param name="column">The 1-based column (field number in CSV/TSV, character position in JSONL), or 0 when not applicable.</param>
    /// <param name="problem">What is wrong.</param>
    public StanceDataException(string filePath, int line, int column, string problem)
        : base(Format(filePath, line, column, problem))
    {
        FilePath = filePath;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>Creates the exception with no location.</summary>
    public StanceDataException()
    {
        FilePath = "";
        Problem = "";
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public StanceDataException(string message)
        : base(message)
    {
        FilePath = "";
        Problem = message;
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public StanceDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        FilePath = "";
        Problem = message;
    }

    /// <summary>Gets the file.</summary>
    public string FilePath { get; }

    /// <summary>Gets the 1-based line, or 0 when the problem concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column (field number in CSV/TSV, character position in JSONL), or 0.</summary>
    public int Column { get; }

    /// <summary>Gets the problem without the location.</summary>
    public string Problem { get; }

    private static string Format(string file, int line, int column, string problem) =>
        line <= 0 ? $"{file}: {problem}" : column <= 0 ? $"{file}:{line}: {problem}" : $"{file}:{line}:{column}: {problem}";
}
