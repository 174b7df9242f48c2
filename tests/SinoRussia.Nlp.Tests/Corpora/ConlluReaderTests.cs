using SinoRussia.Nlp.Corpora;

namespace SinoRussia.Nlp.Tests.Corpora;

public class ConlluReaderTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Corpora", "sample.conllu");

    [Fact]
    public void Reads_sentences_with_their_comments()
    {
        var sentences = ConlluReader.ReadFile(Fixture);
        sentences.Select(s => s.Id).Should().Equal("doc1-1", "doc1-2", "doc1-3", "doc2-1");
        sentences[0].Text.Should().Be("I don't think it's done.");
        sentences.Select(s => s.StartsDocument).Should().Equal(true, false, false, true);
        sentences.Select(s => s.StartsParagraph).Should().Equal(true, false, true, true);
        sentences[0].LineNumber.Should().Be(1);
        sentences[1].LineNumber.Should().Be(17);
    }

    [Fact]
    public void Counts_a_multiword_token_once_and_keeps_its_words()
    {
        var tokens = ConlluReader.ReadFile(Fixture)[0].Tokens;
        tokens.Select(t => t.Form).Should().Equal("I", "don't", "think", "it's", "done", ".");
        tokens[1].IsMultiword.Should().BeTrue();
        tokens[1].Words.Should().Equal("do", "n't");
        tokens[4].SpaceAfter.Should().BeFalse();
        tokens[0].SpaceAfter.Should().BeTrue();
    }

    [Fact]
    public void Skips_empty_nodes()
    {
        ConlluReader.ReadFile(Fixture)[1].Tokens.Select(t => t.Form).Should().NotContain("went");
    }

    [Theory]
    [InlineData("1\tword\tword\tNOUN\n", 1, "10 tab-separated columns")]
    [InlineData("# text = a b\n1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n3\tb\tb\tX\t_\t_\t1\tdep\t_\t_\n", 3, "out of sequence")]
    [InlineData("1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\t_\t_\t0\troot\t_\t_\n\n", 3, "inside the multiword token")]
    [InlineData("x\ta\ta\tX\t_\t_\t0\troot\t_\t_\n", 1, "not a valid word ID")]
    [InlineData("2-1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n", 1, "multiword range")]
    public void Names_the_file_and_line_of_a_malformed_line(string content, int line, string problem)
    {
        var act = () => ConlluReader.Read(new StringReader(content), "bad.conllu");
        act.Should().Throw<ConlluFormatException>()
            .Where(e => e.FileName == "bad.conllu" && e.LineNumber == line)
            .WithMessage($"bad.conllu({line}): *{problem}*");
    }

    [Fact]
    public void Reports_a_missing_file()
    {
        var act = () => ConlluReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "missing.conllu"));
        act.Should().Throw<FileNotFoundException>();
    }
}
