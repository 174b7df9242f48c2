using SinoRussia.Nlp.Entities.Training;
using SinoRussia.Samples.Entities;

namespace SinoRussia.Samples.Tests.Entities;

public class EvaluateNerDocumentTests
{
    private static AnnotatedSentence Sentence(string? documentId, params string[] tokens) =>
        new(tokens, []) { DocumentId = documentId };

    [Fact]
    public void Consecutive_sentences_of_one_document_are_evaluated_together()
    {
        var sentences = new[] { Sentence("a", "One", "."), Sentence("a", "Two", "."), Sentence("b", "Three", "."), Sentence(null, "Four"), Sentence(null, "Five") };
        EvaluateNerCommand.GroupByDocument(sentences, perSentence: false).Select(g => g.Count).Should().Equal(2, 1, 1, 1);
    }

    [Fact]
    public void Per_sentence_mode_feeds_every_sentence_alone()
    {
        var sentences = new[] { Sentence("a", "One", "."), Sentence("a", "Two", ".") };
        EvaluateNerCommand.GroupByDocument(sentences, perSentence: true).Select(g => g.Count).Should().Equal(1, 1);
    }

    [Fact]
    public void A_grouped_document_keeps_every_gold_token_at_its_offset_and_one_sentence_per_data_sentence()
    {
        var group = new List<AnnotatedSentence> { Sentence("a", "Anna", "Petrova", "spoke", "."), Sentence("a", "Kazan", "listened", ".") };
        var document = EvaluateNerCommand.BuildDocument(group, out var starts);
        document.Sentences.Count.Should().Be(2);
        for (var s = 0; s < group.Count; s++)
        {
            for (var t = 0; t < group[s].Tokens.Count; t++)
            {
                document.Text.Substring(starts[s][t], group[s].Tokens[t].Length).Should().Be(group[s].Tokens[t]);
            }
        }

        document.Tokens.Count.Should().Be(7);
        document.Sentences[1].Text.Should().Be("Kazan listened .");
    }

    [Fact]
    public void Gold_spans_that_cut_through_a_token_are_reported()
    {
        var document = SinoRussia.Nlp.Pipeline.NlpPipeline.CreateDefault().Process("Rated 10/10 by Ray's Pizza on W 4th St. today.");
        var text = document.Text;
        var spans = new List<(int Start, int End, string Label)>
        {
            (text.IndexOf("10/10", StringComparison.Ordinal), text.IndexOf("10/10", StringComparison.Ordinal) + 2, "CARDINAL"),
            (text.IndexOf("Ray", StringComparison.Ordinal), text.IndexOf(" on", StringComparison.Ordinal), "ORG"),
        };
        EvaluateNerCommand.OffTokenBoundaries(document, spans).Should().ContainSingle().Which.Label.Should().Be("CARDINAL");
    }
}
