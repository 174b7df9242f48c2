using System.Text.Json;
using SinoRussia.Samples.Analysis;
using SinoRussia.Samples.Tests.TestSupport;

namespace SinoRussia.Samples.Tests.Analysis;

public class AnalyzeRunnerTests
{
    private const string Partners = "Partners\n\nChina and Russia are partners. Putin met Xi in Moscow.\n\nThe EEU grew in 2014.";
    private const string Rivals = "Rivals\n\nRussia and China are rivals in Asia.";

    [Fact]
    public void Reports_every_document_in_input_order_then_the_comparison_and_exits_zero()
    {
        using var temp = new TempFolder();
        var files = Enumerable.Range(0, 12).Select(i => temp.File($"c/{i:00}.txt", i % 2 == 0 ? Partners : Rivals)).ToArray();
        var harness = new RunnerHarness();

        var exit = harness.Run(HandRulesComponent.Pipeline(), new AnalyzeSettings { Paths = [temp.Combine("c")], Parallel = 2, MaxInFlight = 3 });

        exit.Should().Be(AnalyzeExitCode.Success);
        var output = harness.Output.ToString();
        var positions = files.Select(f => output.IndexOf($"== {Path.GetFileName(f)} ==", StringComparison.Ordinal)).ToArray();
        positions.Should().OnlyContain(p => p >= 0).And.BeInAscendingOrder();
        output.Should().Contain("== Across 12 documents ==")
            .And.Contain("Stance: favor")
            .And.Contain("Paragraphs that weigh most toward 'favor':")
            .And.Contain("evidence: \"partner\"")
            .And.Contain("PERSON  Vladimir Putin ×1 (Putin)")
            .And.Contain("China + Russia")
            .And.Contain("12 sentences in 12 documents");
        harness.Error.ToString().Should().BeEmpty();
    }

    [Fact]
    public void A_bad_input_is_reported_by_name_and_the_others_are_still_analysed_and_the_exit_code_is_one()
    {
        using var temp = new TempFolder();
        var good = temp.File("good.txt", Partners);
        var empty = temp.File("empty.txt", string.Empty);
        var binary = temp.Bytes("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]);
        var invalid = temp.Bytes("latin1.txt", [(byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)'\n']);
        var missing = temp.Combine("missing.txt");
        var noText = temp.Folder("no-text");
        var last = temp.File("last.txt", Rivals);
        var harness = new RunnerHarness();

        var exit = harness.Run(HandRulesComponent.Pipeline(), new AnalyzeSettings { Paths = [good, empty, binary, invalid, missing, noText, last] });

        exit.Should().Be(AnalyzeExitCode.SomeInputsFailed);
        var error = harness.Error.ToString();
        error.Should().Contain($"error: {empty}: the file is empty")
            .And.Contain($"error: {binary}: looks like a binary file (NUL byte at line 1, column 5)")
            .And.Contain($"error: {invalid}: invalid UTF-8 at line 1, column 4")
            .And.Contain($"error: {missing}: no such file or folder.")
            .And.Contain($"error: {noText}: the folder contains no .txt files.")
            .And.Contain("5 inputs failed (2 analysed):");
        harness.Output.ToString().Should().Contain($"== {good} ==").And.Contain($"== {last} ==").And.Contain("== Across 2 documents ==");
    }

    [Fact]
    public void A_document_whose_component_throws_is_reported_with_the_component_and_the_run_goes_on()
    {
        using var temp = new TempFolder();
        var bad = temp.File("a.txt", "This will EXPLODE.");
        var good = temp.File("b.txt", Partners);
        var harness = new RunnerHarness();

        var exit = harness.Run(HandRulesComponent.Pipeline(), new AnalyzeSettings { Paths = [bad, good] });

        exit.Should().Be(AnalyzeExitCode.SomeInputsFailed);
        harness.Error.ToString().Should().Contain($"error: {bad}: component 'hand-rules' failed: the text asked to explode");
        harness.Output.ToString().Should().Contain($"== {good} ==");
    }

    [Fact]
    public void Json_output_follows_the_contract_and_lists_failed_inputs_apart()
    {
        using var temp = new TempFolder();
        var good = temp.File("good.txt", "\uFEFF" + Partners);
        var empty = temp.File("empty.txt", string.Empty);
        var json = temp.Combine("out.json");

        new RunnerHarness().Run(HandRulesComponent.Pipeline(), new AnalyzeSettings { Paths = [good, empty], JsonPath = json });

        using var parsed = JsonDocument.Parse(File.ReadAllText(json));
        var root = parsed.RootElement;
        var document = root.GetProperty("documents").EnumerateArray().Should().ContainSingle().Subject;
        document.GetProperty("source").GetString().Should().Be(good);
        var entity = document.GetProperty("entities")[0];
        entity.GetProperty("text").GetString().Should().Be("China");
        entity.GetProperty("start").GetInt32().Should().Be(Partners.IndexOf("China", StringComparison.Ordinal), "offsets index the text with the BOM removed");
        entity.GetProperty("end").GetInt32().Should().Be(entity.GetProperty("start").GetInt32() + 5);
        entity.GetProperty("label").GetString().Should().Be("GPE");
        entity.GetProperty("score").GetDouble().Should().Be(0.9);
        document.GetProperty("sentences").GetArrayLength().Should().Be(4);
        var paragraph = document.GetProperty("paragraphs")[1];
        paragraph.GetProperty("index").GetInt32().Should().Be(1);
        paragraph.GetProperty("stance").GetProperty("label").GetString().Should().Be("favor");
        paragraph.GetProperty("stance").GetProperty("scores").GetProperty("favor").GetDouble().Should().Be(0.8);
        document.GetProperty("stance").GetProperty("scores").EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("favor", "against", "none");
        root.GetProperty("errors").EnumerateArray().Should().ContainSingle()
            .Which.GetProperty("source").GetString().Should().Be(empty);
    }

    [Fact]
    public void Cancelling_mid_run_stops_promptly_keeps_valid_json_lines_and_json_and_says_where_it_stopped()
    {
        using var temp = new TempFolder();
        for (var i = 0; i < 40; i++)
        {
            temp.File($"c/{i:00}.txt", i == 5 ? "Stop here: Russia." : Partners);
        }

        using var cancellation = new CancellationTokenSource();
        var pipeline = HandRulesComponent.Pipeline(d =>
        {
            if (d.Text.StartsWith("Stop here", StringComparison.Ordinal))
            {
                cancellation.Cancel();
            }
        });
        var jsonl = temp.Combine("out.jsonl");
        var json = temp.Combine("out.json");
        var harness = new RunnerHarness();

        var exit = harness.Run(pipeline, new AnalyzeSettings { Paths = [temp.Combine("c")], JsonLinesPath = jsonl, JsonPath = json, Parallel = 2, MaxInFlight = 4 }, cancellation.Token);

        exit.Should().Be(AnalyzeExitCode.Cancelled);
        var lines = File.ReadAllLines(jsonl);
        lines.Length.Should().BeInRange(1, 10);
        lines.Select((line, i) => JsonDocument.Parse(line).RootElement.GetProperty("source").GetString()).Should().Equal(lines.Select((_, i) => $"{i:00}.txt"));
        using var parsed = JsonDocument.Parse(File.ReadAllText(json));
        parsed.RootElement.GetProperty("documents").GetArrayLength().Should().Be(lines.Length);
        harness.Error.ToString().Should().Contain($"Cancelled after {lines.Length} of 40 inputs; stopped before {lines.Length:00}.txt (input {lines.Length + 1}).")
            .And.Contain(jsonl);
    }

    [Fact]
    public void Json_lines_hold_one_compact_object_per_document_and_an_error_line_per_failed_input()
    {
        using var temp = new TempFolder();
        var a = temp.File("a.txt", Partners);
        var missing = temp.Combine("nope.txt");
        var jsonl = temp.Combine("out.jsonl");

        new RunnerHarness().Run(HandRulesComponent.Pipeline(), new AnalyzeSettings { Paths = [a, missing], JsonLinesPath = jsonl });

        var lines = File.ReadAllLines(jsonl);
        lines.Should().HaveCount(2);
        JsonDocument.Parse(lines[0]).RootElement.GetProperty("entities").GetArrayLength().Should().Be(7);
        JsonDocument.Parse(lines[1]).RootElement.GetProperty("error").GetString().Should().Be($"{missing}: no such file or folder.");
    }

    [Fact]
    public void Standard_input_is_analysed_under_the_name_stdin()
    {
        var harness = new RunnerHarness { StandardInput = RunnerHarness.Utf8(Rivals) };

        var exit = harness.Run(HandRulesComponent.Pipeline(), new AnalyzeSettings { Paths = ["-"] });

        exit.Should().Be(AnalyzeExitCode.Success);
        harness.Output.ToString().Should().Contain("== <stdin> ==").And.Contain("Stance: against");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void A_parallelism_below_one_is_a_usage_error(int parallel)
    {
        var harness = new RunnerHarness();

        harness.Run(HandRulesComponent.Pipeline(), new AnalyzeSettings { Paths = ["-"], Parallel = parallel }).Should().Be(AnalyzeExitCode.UsageError);
        harness.Error.ToString().Should().Contain($"--parallel must be at least 1 (got {parallel})");
    }

    [Fact]
    public void An_output_file_that_cannot_be_created_is_a_usage_error_naming_it_and_nothing_is_analysed()
    {
        using var temp = new TempFolder();
        var target = Path.Combine(temp.Path, "no-such-dir", "out.json");
        var harness = new RunnerHarness();

        var exit = harness.Run(HandRulesComponent.Pipeline(), new AnalyzeSettings { Paths = [temp.File("a.txt", Partners)], JsonPath = target });

        exit.Should().Be(AnalyzeExitCode.UsageError);
        harness.Error.ToString().Should().Contain($"--json {target}: cannot create the file");
        harness.Output.ToString().Should().BeEmpty();
    }

    [Fact]
    public void A_pipeline_that_cannot_be_built_is_a_usage_error_with_its_reason()
    {
        var harness = new RunnerHarness();

        var exit = new AnalyzeRunner(() => throw new InvalidDataException("model file is corrupt"), harness.Output, harness.Error, () => Stream.Null, false)
            .Run(new AnalyzeSettings { Paths = ["-"] }, CancellationToken.None);

        exit.Should().Be(AnalyzeExitCode.UsageError);
        harness.Error.ToString().Should().Contain("Cannot build the analysis pipeline: model file is corrupt");
    }
}
