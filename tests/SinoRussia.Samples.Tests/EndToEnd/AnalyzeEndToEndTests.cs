using System.Text;
using System.Text.Json;
using SinoRussia.Samples.Tests.TestSupport;

namespace SinoRussia.Samples.Tests.EndToEnd;

public class AnalyzeEndToEndTests
{
    private static readonly string SeedText = File.ReadAllText(RepositoryPaths.Fixture("seed/002_98c51071952c303e.txt"));

    [Fact]
    public void With_no_arguments_the_app_analyses_the_five_seed_documents_from_any_directory_and_exits_zero()
    {
        using var temp = new TempFolder();

        var result = AppProcess.Run(temp.Path, null);

        result.ExitCode.Should().Be(0, result.ToString());
        foreach (var seed in new[] { "000_a34bcc13e8b50a29", "001_af0e269193000604", "002_98c51071952c303e", "003_7eb2d5991ab17ead", "004_2499fbbe9431c70d" })
        {
            result.Output.Should().Contain($"== {seed}.txt ==");
        }

        result.Output.Should().Contain("== Across 5 documents ==").And.Contain("Stance per document:").And.Contain("Entity pairs that co-occur most in a sentence:");
        result.Error.Should().BeEmpty();
    }

    [Fact]
    public void Bad_inputs_are_named_on_stderr_the_good_one_is_still_reported_and_the_exit_code_is_one()
    {
        using var temp = new TempFolder();
        temp.File("good.txt", SeedText);
        temp.File("empty.txt", string.Empty);
        temp.Bytes("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        temp.Bytes("latin1.txt", Encoding.Latin1.GetBytes("Line one\nna\u00efve caf\u00e9\n"));
        temp.Folder("notes");

        var result = AppProcess.Run(temp.Path, null, "good.txt", "empty.txt", "binary.txt", "latin1.txt", "missing.txt", "notes");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Error.Should().Contain("error: empty.txt: the file is empty")
            .And.Contain("error: binary.txt: looks like a binary file")
            .And.Contain("error: latin1.txt: invalid UTF-8 at line 2, column 3")
            .And.Contain("error: missing.txt: no such file or folder.")
            .And.Contain("error: notes: the folder contains no .txt files.")
            .And.Contain("5 inputs failed (1 analysed):")
            .And.NotContain("   at ", "no stack trace is shown");
        result.Output.Should().Contain("== good.txt ==").And.Contain("== Across 1 document ==");
    }

    [Fact]
    public void Json_offsets_index_the_text_as_read_with_the_BOM_removed_and_CRLF_kept()
    {
        using var temp = new TempFolder();
        var text = SeedText.ReplaceLineEndings("\r\n");
        temp.Bytes("crlf.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        var result = AppProcess.Run(temp.Path, null, "crlf.txt", "--json", "out.json", "--jsonl", "out.jsonl");

        result.ExitCode.Should().Be(0, result.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(temp.Combine("out.json")));
        var document = json.RootElement.GetProperty("documents").EnumerateArray().Should().ContainSingle().Subject;
        document.EnumerateObject().Select(p => p.Name).Should().StartWith(["source", "entities", "sentences", "paragraphs"]);
        document.GetProperty("source").GetString().Should().Be("crlf.txt");
        var entities = document.GetProperty("entities").EnumerateArray().ToList();
        entities.Should().NotBeEmpty();
        foreach (var entity in entities)
        {
            var start = entity.GetProperty("start").GetInt32();
            var end = entity.GetProperty("end").GetInt32();
            text[start..end].Should().Be(entity.GetProperty("text").GetString());
            entity.GetProperty("score").GetDouble().Should().BeInRange(0, 1);
        }

        foreach (var span in document.GetProperty("sentences").EnumerateArray().Concat(document.GetProperty("paragraphs").EnumerateArray()))
        {
            var start = span.GetProperty("start").GetInt32();
            var end = span.GetProperty("end").GetInt32();
            (start < end && end <= text.Length).Should().BeTrue();
            text[start..end].Should().NotStartWith(" ").And.NotEndWith("\n");
        }

        var paragraphs = document.GetProperty("paragraphs").EnumerateArray().ToList();
        paragraphs.Select(p => p.GetProperty("index").GetInt32()).Should().Equal(Enumerable.Range(0, paragraphs.Count));
        var stance = document.GetProperty("stance");
        stance.GetProperty("label").GetString().Should().BeOneOf("favor", "against", "none");
        stance.GetProperty("scores").EnumerateObject().Sum(s => s.Value.GetDouble()).Should().BeApproximately(1, 0.01);
        File.ReadAllLines(temp.Combine("out.jsonl")).Should().ContainSingle()
            .Which.Should().StartWith("{\"source\":\"crlf.txt\",\"entities\":[");
    }

    [Fact]
    public void A_dash_reads_the_document_from_standard_input()
    {
        using var temp = new TempFolder();

        var result = AppProcess.Run(temp.Path, SeedText, "-");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("== <stdin> ==").And.Contain("Strategic cooperation between Moscow and Beijing");
    }

    [Fact]
    public void Folders_and_quoted_globs_are_expanded()
    {
        using var temp = new TempFolder();
        temp.File("corpus/a/one.txt", SeedText);
        temp.File("corpus/b/two.txt", "Russia and China signed a treaty in Moscow.");
        temp.File("corpus/b/skip.md", "not text");

        var folder = AppProcess.Run(temp.Path, null, "corpus");
        var glob = AppProcess.Run(temp.Path, null, "corpus/*/t*.txt");

        folder.ExitCode.Should().Be(0, folder.ToString());
        folder.Output.Should().Contain("== a/one.txt ==").And.Contain("== b/two.txt ==").And.NotContain("skip.md");
        glob.ExitCode.Should().Be(0, glob.ToString());
        glob.Output.Should().Contain("== corpus/b/two.txt ==").And.NotContain("one.txt");
    }

    [Fact]
    public void Bad_options_exit_with_two_and_a_message()
    {
        using var temp = new TempFolder();

        var parallel = AppProcess.Run(temp.Path, null, "analyze", "--parallel", "0");
        var output = AppProcess.Run(temp.Path, null, "--json", temp.Combine("no/such/dir/out.json"));

        parallel.ExitCode.Should().Be(2, parallel.ToString());
        parallel.Error.Should().Contain("--parallel must be at least 1");
        output.ExitCode.Should().Be(2, output.ToString());
        output.Error.Should().Contain("--json ").And.Contain("out.json: cannot create the file");
    }

    [Fact]
    public void Help_for_analyze_describes_the_options_with_an_example()
    {
        using var temp = new TempFolder();

        var result = AppProcess.Run(temp.Path, null, "analyze", "--help");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("--json").And.Contain("--jsonl").And.Contain("--html").And.Contain("--parallel").And.Contain("Examples:");
    }
}
