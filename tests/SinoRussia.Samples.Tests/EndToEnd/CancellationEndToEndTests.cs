using System.Diagnostics;
using System.Text.Json;
using SinoRussia.Samples.Tests.TestSupport;

namespace SinoRussia.Samples.Tests.EndToEnd;

public class CancellationEndToEndTests
{
    [UnixFact]
    public void A_termination_signal_mid_run_leaves_valid_json_lines_of_the_completed_documents_and_says_where_it_stopped()
    {
        using var temp = new TempFolder();
        var seed = File.ReadAllText(RepositoryPaths.Fixture("seed/002_98c51071952c303e.txt"));
        for (var i = 0; i < 3000; i++)
        {
            temp.File($"corpus/{i:0000}.txt", seed);
        }

        var jsonl = temp.Combine("out.jsonl");
        var result = AppProcess.Run(temp.Path, null, pid => SignalOnceOutputStarts(pid, jsonl), "corpus", "--jsonl", jsonl, "--json", "out.json");

        result.ExitCode.Should().Be(130, result.ToString());
        var lines = File.ReadAllLines(jsonl);
        lines.Length.Should().BeInRange(1, 2999);
        for (var i = 0; i < lines.Length; i++)
        {
            JsonDocument.Parse(lines[i]).RootElement.GetProperty("source").GetString().Should().Be($"{i:0000}.txt");
        }

        using var json = JsonDocument.Parse(File.ReadAllText(temp.Combine("out.json")));
        json.RootElement.GetProperty("documents").GetArrayLength().Should().Be(lines.Length);
        result.Error.Should().Contain($"Cancelled after {lines.Length} of 3000 inputs; stopped before {lines.Length:0000}.txt (input {lines.Length + 1}).");
    }

    private static void SignalOnceOutputStarts(int pid, string jsonl)
    {
        // Polls for the first output line, giving up after 2,400 polls (about two minutes) so a broken run cannot hang.
        for (var poll = 0; poll < 2400 && (!File.Exists(jsonl) || new FileInfo(jsonl).Length == 0); poll++)
        {
            Thread.Sleep(50);
        }

        using var kill = Process.Start("kill", ["-TERM", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
