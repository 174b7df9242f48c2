namespace SinoRussia.Samples.Analysis;

/// <summary>An input that cannot be analysed: unreadable, empty, binary or not valid UTF-8. The message names the input.</summary>
internal sealed class InputFileException : Exception
{
    public InputFileException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
