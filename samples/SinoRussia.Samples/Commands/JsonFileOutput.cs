namespace SinoRussia.Samples.Commands;

/// <summary>Writes a command's <c>--json</c> file, turning an unwritable path into a message instead of a crash.</summary>
internal static class JsonFileOutput
{
    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/>; on an I/O or permission error prints it and returns false.</summary>
    public static bool TryWrite(string path, Action<string> write, TextWriter error)
    {
        try
        {
            write(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: cannot write {path}: {e.Message}");
            return false;
        }
    }
}
