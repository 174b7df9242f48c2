using SinoRussia.Nlp.Corpora;

namespace SinoRussia.Nlp.Tests.Corpora;

public class ConlluRawTextTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Corpora", "sample.conllu");

    [Fact]
    public void Rebuilds_the_text_with_spaces_between_sentences_and_blank_lines_between_paragraphs()
    {
        var raw = ConlluRawText.FromFile(Fixture);
        raw.Text.Should().Be("I don't think it's done. Trade grew by 26.3% in the U.S. market.\n\nMoscow and Beijing signed a deal.\n\nThanks!");
    }

    [Fact]
    public void Gives_surface_token_spans_with_a_multiword_token_as_one_span()
    {
        var raw = ConlluRawText.FromFile(Fixture);
        raw.Tokens.Select(t => raw.Text[t.Start..t.End]).Take(6).Should().Equal("I", "don't", "think", "it's", "done", ".");
        raw.Tokens.Should().HaveCount(6 + 10 + 7 + 2);
    }

    [Fact]
    public void Gives_word_spans_that_split_multiword_tokens()
    {
        var raw = ConlluRawText.FromFile(Fixture);
        raw.Words.Select(t => raw.Text[t.Start..t.End]).Take(8).Should().Equal("I", "do", "n't", "think", "it", "'s", "done", ".");
    }

    [Fact]
    public void Gives_sentence_spans_from_first_to_last_token()
    {
        var raw = ConlluRawText.FromFile(Fixture);
        raw.Sentences.Select(s => raw.Text[s.Start..s.End]).Should().Equal(
            "I don't think it's done.", "Trade grew by 26.3% in the U.S. market.", "Moscow and Beijing signed a deal.", "Thanks!");
    }

    [Fact]
    public void Builds_the_text_from_forms_when_a_sentence_has_no_text_comment()
    {
        var sentences = ConlluReader.Read(new StringReader("1\tHi\thi\tINTJ\t_\t_\t0\troot\t_\tSpaceAfter=No\n2\t!\t!\tPUNCT\t_\t_\t1\tpunct\t_\t_\n"));
        ConlluRawText.Build(sentences).Text.Should().Be("Hi!");
    }
}
