using PublicApiGenerator;
using SinoRussia.Nlp.Stance;

namespace SinoRussia.Nlp.Stance.Tests;

public class PublicApiTests
{
    [Fact]
    public void The_public_API_matches_the_approved_file()
    {
        var api = typeof(StanceModel).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute"],
        }).ReplaceLineEndings("\n");
        var path = Path.Combine(RepositoryRoot(), "tests/SinoRussia.Nlp.Stance.Tests/SinoRussia.Nlp.Stance.approved.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_APPROVED") == "1")
        {
            File.WriteAllText(path, api);
        }

        var approved = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        api.Should().Be(approved, $"the public API must change deliberately: rerun with UPDATE_APPROVED=1 to approve a change to {path}");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SinoRussia.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("SinoRussia.sln not found above " + AppContext.BaseDirectory);
    }
}
