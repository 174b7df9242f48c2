using SinoRussia.Samples.Tests.TestSupport;

namespace SinoRussia.Samples.Tests.EndToEnd;

/// <summary>
/// The whole pipeline's JSON for one seed document, compared byte for byte (line endings aside) with a reviewed
/// golden file. After a deliberate change to a stage or model, regenerate it and review the diff:
/// <c>UPDATE_GOLDEN=1 dotnet test tests/SinoRussia.Samples.Tests --filter GoldenJson</c>.
/// </summary>
public class GoldenJsonTests
{
    private const string Seed = "002_98c51071952c303e";

    [Fact]
    public void The_json_for_the_seed_document_matches_the_golden_file()
    {
        using var temp = new TempFolder();
        File.Copy(RepositoryPaths.Fixture($"seed/{Seed}.txt"), temp.Combine($"{Seed}.txt"));

        var result = AppProcess.Run(temp.Path, null, $"{Seed}.txt", "--json", "out.json", "--parallel", "1");

        result.ExitCode.Should().Be(0, result.ToString());
        var actual = File.ReadAllText(temp.Combine("out.json")).ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            var target = Path.Combine(RepositoryPaths.TestProject, "Fixtures", "golden", $"{Seed}.json");
            File.WriteAllText(target, actual);
            Directory.CreateDirectory(RepositoryPaths.Fixture("golden"));
            File.Copy(target, RepositoryPaths.Fixture($"golden/{Seed}.json"), overwrite: true);
        }

        var goldenPath = RepositoryPaths.Fixture($"golden/{Seed}.json");
        File.Exists(goldenPath).Should().BeTrue($"the golden file {goldenPath} must exist; create it with UPDATE_GOLDEN=1");
        var golden = File.ReadAllText(goldenPath).ReplaceLineEndings("\n");
        actual.Should().Be(golden, "the analysis of the seed changed; if that is intended, regenerate with UPDATE_GOLDEN=1 and review the diff");
    }
}
