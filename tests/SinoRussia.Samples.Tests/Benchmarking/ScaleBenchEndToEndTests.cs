using System.Text.Json;
using SinoRussia.Samples.Tests.TestSupport;

namespace SinoRussia.Samples.Tests.Benchmarking;

public class ScaleBenchEndToEndTests
{
    [Fact]
    public void Bench_scale_runs_each_cell_in_a_child_process_and_writes_the_table_and_json()
    {
        using var temp = new TempFolder();

        var result = AppProcess.Run(temp.Path, null, "bench", "--scale", "--sizes", "1", "--threads", "1", "--seconds", "0", "--warm-up", "0", "--repeat", "1", "--json", "scale.json");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("run 1/1: 1x, 1 thread(s):").And.Contain("peak WS MB").And.Contain("Full pipeline on one thread at 1x:");
        result.Error.Should().BeEmpty();
        using var json = JsonDocument.Parse(File.ReadAllText(temp.Combine("scale.json")));
        var cell = json.RootElement.GetProperty("results").EnumerateArray().Single();
        cell.GetProperty("documents").GetInt64().Should().Be(5, "the five seed documents shipped beside the app are the corpus when samples/data is absent");
        cell.GetProperty("tokens").GetInt64().Should().BePositive();
        cell.GetProperty("peak_working_set_mb").GetDouble().Should().BePositive();
        json.RootElement.GetProperty("gc").GetString().Should().Be("workstation, concurrent");
    }
}
