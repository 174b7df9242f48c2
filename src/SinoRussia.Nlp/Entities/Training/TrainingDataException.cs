namespace SinoRussia.Nlp.Entities.Training;

/// <summary>Thrown when training or evaluation data is malformed or unusable; the message names the file and line.</summary>
public sealed class TrainingDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file (or data set name).</param>
    /// <param name="line">The 1-based line, or 0 when the problem concerns the whole data set.</param>
    /// <param name="problem">What is wrong.</param>
    public TrainingDataException(string source, int line, string problem)
        : base(line > 0 ? $"{source}, line {line}: {problem}" : $"{source}: {problem}")
    {
        File = source;
        Line = line;
    }

    /// <summary>Creates the exception with an inner exception.</summary>
    /// <param name="source">The file (or data set name).</param>
    /// <param name="line">The 1-based line, or 0.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="inner">The underlying error.</param>
    public TrainingDataException(string source, int line, string problem, Exception inner)
        : base(line > 0 ? $"{source}, line {line}: {problem}" : $"{source}: {problem}", inner)
    {
        File = source;
        Line = line;
    }

    /// <summary>Gets the file (or data set name).</summary>
    public string File { get; }

    /// <summary>Gets the 1-based line, or 0 when the problem concerns the whole data set.</summary>
    public int Line { get; }
}
