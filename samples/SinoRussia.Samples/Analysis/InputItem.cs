namespace SinoRussia.Samples.Analysis;

/// <summary>One input of an <c>analyze</c> run: a file, standard input, or a path argument that resolved to nothing.</summary>
/// <param name="Source">The name reported for the input (the <c>source</c> field of the JSON output).</param>
/// <param name="Path">The file to read, or <see langword="null"/> for standard input or an unresolved argument.</param>
/// <param name="Error">Why the argument gave no file, or <see langword="null"/>.</param>
internal sealed record InputItem(string Source, string? Path, string? Error)
{
    public const string StandardInputSource = "<stdin>";

    public bool IsStandardInput => Path is null && Error is null;

    public static InputItem File(string source, string path) => new(source, path, null);

    public static InputItem StandardInput() => new(StandardInputSource, null, null);

    public static InputItem Failed(string source, string error) => new(source, null, error);
}
