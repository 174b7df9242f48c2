using SinoRussia.Nlp.Entities.Training;
using SinoRussia.Samples.Entities;
using SinoRussia.Samples.Tests.TestSupport;

namespace SinoRussia.Samples.Tests.Entities;

public class BuildClustersTests
{
    [Theory]
    [InlineData("a.conllu", "# text = Moscow's ties\n1-2\tMoscow's\t_\t_\t_\t_\t_\t_\t_\t_\n1\tMoscow\t_\t_\t_\t_\t_\t_\t_\t_\n2\t's\t_\t_\t_\t_\t_\t_\t_\t_\n3\tties\t_\t_\t_\t_\t_\t_\t_\t_\n\n1\tYes\t_\t_\t_\t_\t_\t_\t_\t_\n", "Moscow 's ties|Yes")]
    [InlineData("a.jsonl", "{\"tokens\": [\"Gas\", \"talks\"], \"text\": \"ignored\"}\n\n{\"tokens\": null, \"text\": \"Beijing agreed. Moscow did not.\"}\n", "Gas talks|Beijing agreed .|Moscow did not .")]
    [InlineData("a.iob2", "-DOCSTART- O\n\n#Putin B-PER\nwins O\n\nok O\n", "#Putin wins|ok")]
    [InlineData("a.tsv", "target\ttext\tlabel\tsplit\nT\tSanctions work.\tfavor\ttrain\nT\tNever read this.\tagainst\ttest\nT\tThey fail.\tagainst\tdev\n", "Sanctions work .|They fail .")]
    [InlineData("a.txt", "First line here. Second one.\n\nThird\n", "First line here .|Second one .|Third")]
    public void Each_input_format_yields_its_sentences_as_token_lists(string name, string content, string expected)
    {
        using var temp = new TempFolder();
        var path = temp.File(name, content);

        var sentences = ClusterCorpusReader.Read(path).Select(s => string.Join(' ', s));

        string.Join('|', sentences).Should().Be(expected);
    }

    [Theory]
    [InlineData("a.conllu", "1\tMoscow\n", 1)]
    [InlineData("a.jsonl", "{\"tokens\": [\"A\"]}\n{\"label\": 1}\n", 2)]
    [InlineData("a.tsv", "target\tlabel\nT\tfavor\n", 1)]
    [InlineData("a.tsv", "text\tsplit\nA b\ttrain\nonly-one-column\n", 3)]
    public void Malformed_input_is_reported_with_file_and_line(string name, string content, int line)
    {
        using var temp = new TempFolder();
        var path = temp.File(name, content);

        var act = () => ClusterCorpusReader.Read(path).ToList();

        act.Should().Throw<TrainingDataException>().Where(e => e.File == path && e.Line == line);
    }

    [Fact]
    public void The_command_writes_a_cluster_file_that_the_library_reads_back()
    {
        using var temp = new TempFolder();
        var lines = Enumerable.Range(0, 12).Select(i => $"We met on {(i % 2 == 0 ? "Monday" : "Friday")} in {(i % 3 == 0 ? "Moscow" : "Beijing")}.");
        var input = temp.File("corpus.txt", string.Join('\n', lines));
        var output = temp.Combine("clusters.txt");

        var result = AppProcess.Run(temp.Path, null, "build-clusters", input, "--out", output, "--clusters", "4", "--show", "Monday");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("Monday [");
        var clusters = WordClusters.Read(output);
        clusters.TryGetPath("Moscow", out _).Should().BeTrue();
        clusters.Count.Should().Be(9, "We met on Monday Friday in Moscow Beijing and the full stop each occur at least twice");
    }

    [Fact]
    public void An_unknown_file_type_fails_with_a_message_naming_the_file()
    {
        using var temp = new TempFolder();
        var input = temp.File("corpus.pdf", "x");

        var result = AppProcess.Run(temp.Path, null, "build-clusters", input, "--out", temp.Combine("c.txt"));

        result.ExitCode.Should().Be(1, result.ToString());
        result.Error.Should().Contain("corpus.pdf").And.Contain("unknown file type");
    }
}
