namespace SinoRussia.Samples.Tests.TestSupport;

/// <summary>Finds files of this repository from the test output folder (for regenerating golden files in place).</summary>
internal static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "SinoRussia.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException($"No SinoRussia.sln above {AppContext.BaseDirectory}.");
        }
    }

    public static string TestProject => Path.Combine(Root, "tests", "SinoRussia.Samples.Tests");

    public static string Fixture(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);
}
