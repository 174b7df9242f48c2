namespace SinoRussia.Nlp.Tests.TestSupport;

/// <summary>
/// Compares generated text with an approved file kept in the repository. Set UPDATE_APPROVED=1 to rewrite the
/// approved file after a deliberate change; otherwise a mismatch writes a .received file beside it and fails.
/// </summary>
internal static class ApprovedFile
{
    public static void Verify(string relativePath, string actual)
    {
        var path = Path.Combine(RepositoryRoot(), relativePath);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("UPDATE_APPROVED") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        var approved = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        var received = Path.ChangeExtension(path, ".received.txt");
        if (approved != actual)
        {
            File.WriteAllText(received, actual);
        }
        else if (File.Exists(received))
        {
            File.Delete(received);
        }

        actual.Should().Be(approved, $"the public API must change deliberately: review {received} and rerun with UPDATE_APPROVED=1 to approve it");
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SinoRussia.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("SinoRussia.sln not found above " + AppContext.BaseDirectory);
    }
}
