namespace SinoRussia.Nlp.Corpora;

/// <summary>A CoNLL-U file is malformed; the message names the file and line.</summary>
public sealed class ConlluFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file name (or other source name) being read.</param>
    /// <param name="lineNumber">The 1-based line that is malformed.</param>
    /// <param name="problem">What is wrong with the line.</param>
    public ConlluFormatException(string source, int lineNumber, string problem)
        : base($"{source}({lineNumber}): {problem}")
    {
        FileName = source;
        LineNumber = lineNumber;
        Problem = problem;
    }

    /// <summary>Gets the file or source name.</summary>
    public string FileName { get; }

    /// <summary>Gets the 1-based line number.</summary>
    public int LineNumber { get; }

    /// <summary>Gets the description of the problem, without the location.</summary>
    public string Problem { get; }
}
