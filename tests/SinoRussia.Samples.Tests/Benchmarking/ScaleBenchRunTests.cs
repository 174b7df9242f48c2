using System.Text.Json;
using SinoRussia.Samples.Analysis;
using SinoRussia.Samples.Benchmarking;
using SinoRussia.Samples.Tests.TestSupport;

namespace SinoRussia.Samples.Tests.Benchmarking;

public class ScaleBenchRunTests
{
    private static readonly DirectoryInfo Data = new(Path.Combine(AppContext.BaseDirectory, "data"));

    [Fact]
    public void A_tiny_in_process_run_prints_every_cell_and_the_derived_figures_and_writes_matching_json()
    {
        using var temp = new TempFolder();
        var pipeline = AnalysisPipelineFactory.CreateDefault();
        var seeds = ScaleSeedStream.Load(Data);
        var settings = new ScaleBenchSettings { Data = Data, Sizes = [1, 2], Threads = [1, 2], MinSeconds = 0, Repeat = 2, JsonPath = temp.Combine("scale.json") };
        var output = new StringWriter();
        var error = new StringWriter();
        var runner = new ScaleBenchRunner(output, error, (s, size, threads, ct) => ScaleCellRunner.Run(pipeline, seeds, size, threads, s.MinSeconds, 0, ct));

        var exit = runner.Run(settings, CancellationToken.None);

        exit.Should().Be(0, error.ToString());
        var text = output.ToString();
        text.Should().Contain("run 2/2: 2x, 2 thread(s):")
            .And.Contain("threads   size  documents")
            .And.Contain("Speed-up 1 -> 2 threads at 2x:")
            .And.Contain("1 thread(s), 1x -> 2x: peak working set x")
            .And.Contain("seconds per million tokens");
        using var json = JsonDocument.Parse(File.ReadAllText(settings.JsonPath));
        var root = json.RootElement;
        root.GetProperty("mode").GetString().Should().Be("scale");
        var cells = root.GetProperty("results").EnumerateArray().ToArray();
        cells.Select(c => (c.GetProperty("threads").GetInt32(), c.GetProperty("size").GetInt32())).Should().Equal((1, 1), (1, 2), (2, 1), (2, 2));
        cells.Should().OnlyContain(c => c.GetProperty("name").GetString() == "pipeline" && c.GetProperty("input_mb").GetDouble() >= 0);
        cells.Select(c => c.GetProperty("documents").GetInt64()).Should().Equal(5, 10, 5, 10);
        cells.Should().OnlyContain(c => c.GetProperty("failed_documents").GetInt64() == 0 && c.GetProperty("peak_working_set_mb").GetDouble() > 0 && c.GetProperty("runs_tokens_per_s").GetArrayLength() == 2);
        var tokens = cells.Select(c => c.GetProperty("tokens").GetInt64()).ToArray();
        tokens[1].Should().Be(2 * tokens[0], "two copies of the corpus have twice the tokens");
        tokens[2].Should().Be(tokens[0], "the thread count does not change the analysis");
        cells.Should().OnlyContain(c => c.GetProperty("entities").GetInt64() > 0 && c.GetProperty("sentences").GetInt64() > 0);
        var derived = root.GetProperty("derived");
        derived.GetProperty("speed_up").GetProperty("to_threads").GetInt32().Should().Be(2);
        derived.GetProperty("growth").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public void Derived_figures_are_the_speed_up_at_the_largest_size_and_the_growth_between_the_two_largest_sizes()
    {
        var settings = new ScaleBenchSettings { Data = Data, Sizes = [1, 10, 100], Threads = [1, 2] };
        ScaleCellResult Cell(int size, int threads, double seconds, long peakMb) =>
            new(size, threads, size * 5, size * 10_000, size * 300, size * 200, 1, seconds, peakMb << 20, "workstation, concurrent", 0);
        var cells = new[]
        {
            Cell(1, 1, 0.02, 100), Cell(10, 1, 0.2, 110), Cell(100, 1, 2.2, 121),
            Cell(1, 2, 0.02, 100), Cell(10, 2, 0.1, 120), Cell(100, 2, 1.25, 120),
        };

        var report = new ScaleReport(settings, cells);

        report.SpeedUp.Should().BeEquivalentTo(new ScaleSpeedUp(1, 2, 100, 2.2 / 1.25, 0), o => o.Using<double>(c => c.Subject.Should().BeApproximately(c.Expectation, 1e-9)).WhenTypeIs<double>());
        report.Growth.Should().HaveCount(2);
        report.Growth[0].Should().BeEquivalentTo(new { Threads = 1, FromSize = 10, ToSize = 100 });
        report.Growth[0].PeakMemoryRatio.Should().BeApproximately(1.1, 1e-9);
        report.Growth[0].TimeRatio.Should().BeApproximately(11, 1e-9);
        report.Growth[0].InputRatio.Should().BeApproximately(10, 1e-9);
        report.Growth[1].PeakMemoryRatio.Should().BeApproximately(1.0, 1e-9);
        var summary = new StringWriter();
        report.WriteSummary(summary);
        summary.ToString().Should().Contain("Speed-up 1 -> 2 threads at 100x: 1.76x").And.Contain("Full pipeline on one thread at 100x: 454,545 tokens/s");
    }

    [Fact]
    public void A_cell_result_survives_the_json_line_the_cell_process_prints()
    {
        var cell = new ScaleCellResult(10, 2, 50, 89_390, 4_000, 3_000, 4, 0.25, 140L << 20, "workstation, concurrent", 1)
        {
            CpuSeconds = 0.45,
            GcPauseSeconds = 0.01,
            AllocatedBytes = 6_000_000,
        };

        var read = ScaleCellResult.FromJsonLine(cell.ToJsonLine());

        read.Should().Be(cell with { RunTokensPerSecond = read.RunTokensPerSecond });
        cell.ToJsonLine().Should().NotContain("\n");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"size\": 1}")]
    public void An_unreadable_cell_line_is_a_format_error_quoting_the_line(string line)
    {
        var read = () => ScaleCellResult.FromJsonLine(line);

        read.Should().Throw<FormatException>().WithMessage($"*unreadable cell result '{line}'*");
    }

    [Fact]
    public void A_failing_cell_stops_the_run_with_its_message_and_exit_code_one()
    {
        var settings = new ScaleBenchSettings { Data = Data, Sizes = [1], Threads = [1], Repeat = 1 };
        var output = new StringWriter();
        var error = new StringWriter();
        var runner = new ScaleBenchRunner(output, error, (_, _, _, _) => throw new InvalidOperationException("cell 1x / 1 thread(s) exited with code 3: boom"));

        var exit = runner.Run(settings, CancellationToken.None);

        exit.Should().Be(1);
        error.ToString().Should().Contain("error: cell 1x / 1 thread(s) exited with code 3: boom");
    }

    [Fact]
    public void The_seed_stream_is_lazy_and_yields_fresh_copies_of_the_seeds_in_order()
    {
        var seeds = ScaleSeedStream.FromTexts(["a b", "c"]);

        var copies = seeds.Copies(3).ToArray();

        copies.Should().Equal("a b", "c", "a b", "c", "a b", "c");
        ReferenceEquals(copies[0], copies[2]).Should().BeFalse("each document is a new string, as if read from a file");
        seeds.Copies(int.MaxValue).Take(2).Should().HaveCount(2, "nothing is generated before it is asked for");
    }
}
