using System.IO.Enumeration;

namespace SinoRussia.Samples.Analysis;

/// <summary>
/// Expands the path arguments of <c>analyze</c> into inputs, in argument order: a file is itself, a folder is
/// every <c>*.txt</c> below it (recursively, ordinal order), a glob (<c>*</c>, <c>?</c>, <c>**</c>) is every file it
/// matches, and <c>-</c> is standard input. An argument that yields nothing becomes a failed input naming it.
/// </summary>
internal static class InputResolver
{
    private static readonly char[] Wildcards = ['*', '?'];

    public static IReadOnlyList<InputItem> Resolve(IReadOnlyList<string> arguments)
    {
        var items = new List<InputItem>();
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                items.Add(InputItem.StandardInput());
            }
            else if (argument.IndexOfAny(Wildcards) >= 0)
            {
                ResolveGlob(argument, items);
            }
            else if (Directory.Exists(argument))
            {
                ResolveFolder(argument, items);
            }
            else if (File.Exists(argument))
            {
                items.Add(InputItem.File(Normalize(argument), argument));
            }
            else
            {
                items.Add(InputItem.Failed(Normalize(argument), $"{argument}: no such file or folder."));
            }
        }

        return items;
    }

    private static void ResolveFolder(string folder, List<InputItem> items)
    {
        List<string> files;
        try
        {
            files = [.. Directory.EnumerateFiles(folder, "*.txt", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, MatchCasing = MatchCasing.CaseInsensitive })];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            items.Add(InputItem.Failed(Normalize(folder), $"{folder}: cannot list the folder: {ex.Message}"));
            return;
        }

        if (files.Count == 0)
        {
            items.Add(InputItem.Failed(Normalize(folder), $"{folder}: the folder contains no .txt files."));
            return;
        }

        files.Sort(StringComparer.Ordinal);
        foreach (var file in files)
        {
            items.Add(InputItem.File(Normalize(Path.GetRelativePath(folder, file)), file));
        }
    }

    private static void ResolveGlob(string pattern, List<InputItem> items)
    {
        var normalized = pattern.Replace('\\', '/');
        var segments = normalized.Split('/');
        var firstWild = Array.FindIndex(segments, s => s.IndexOfAny(Wildcards) >= 0);
        var root = firstWild == 0 ? "." : string.Join('/', segments, 0, firstWild);
        if (root.Length == 0)
        {
            root = "/";
        }

        var rest = segments[firstWild..];
        var matches = new List<string>();
        if (Directory.Exists(root))
        {
            try
            {
                var recursive = rest.Length > 1 || Array.IndexOf(rest, "**") >= 0;
                foreach (var file in Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = recursive, IgnoreInaccessible = true }))
                {
                    var relative = Path.GetRelativePath(root, file).Replace('\\', '/').Split('/');
                    if (Matches(rest, 0, relative, 0))
                    {
                        matches.Add(file);
                    }
                }
            }
            catch (IOException ex)
            {
                items.Add(InputItem.Failed(Normalize(pattern), $"{pattern}: cannot list '{root}': {ex.Message}"));
                return;
            }
        }

        if (matches.Count == 0)
        {
            items.Add(InputItem.Failed(Normalize(pattern), $"{pattern}: no files match."));
            return;
        }

        matches.Sort(StringComparer.Ordinal);
        foreach (var file in matches)
        {
            var shown = firstWild == 0 ? Path.GetRelativePath(root, file) : file;
            items.Add(InputItem.File(Normalize(shown), file));
        }
    }

    private static bool Matches(string[] pattern, int p, string[] path, int i)
    {
        if (p == pattern.Length)
        {
            return i == path.Length;
        }

        if (pattern[p] == "**")
        {
            for (var skip = i; skip <= path.Length; skip++)
            {
                if (Matches(pattern, p + 1, path, skip))
                {
                    return true;
                }
            }

            return false;
        }

        return i < path.Length
            && FileSystemName.MatchesSimpleExpression(pattern[p], path[i], ignoreCase: false)
            && Matches(pattern, p + 1, path, i + 1);
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
