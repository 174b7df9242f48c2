using SinoRussia.Samples.Reports;
using SinoRussia.Samples.Tests.TestSupport;
using static SinoRussia.Samples.Tests.TestSupport.HandDocument;

namespace SinoRussia.Samples.Tests.Reports;

public class CorpusSummaryTests
{
    private static DocumentSummary Summary(string source, string text, float favor, float against) =>
        DocumentSummarizer.Summarize(
            new HandDocument(text).Entity("China", "GPE").Entity("Russia", "GPE").Entity("Putin", "PERSON")
                .Stance(Judgement(favor, against, 1f - favor - against), Judgement(favor, against, 1f - favor - against))
                .Build(),
            source);

    [Fact]
    public void Pairs_add_up_sentences_and_documents_across_documents_most_frequent_first()
    {
        var corpus = new CorpusSummary();
        corpus.Add(Summary("a.txt", "China and Russia. China and Russia. Putin and Russia.", 0.7f, 0.2f));
        corpus.Add(Summary("b.txt", "Russia met China.", 0.1f, 0.8f));

        corpus.TopPairs(5).Should().Equal(
            new EntityPair("China", "Russia", 3, 2),
            new EntityPair("Putin", "Russia", 1, 1));
        corpus.TopPairs(1).Should().ContainSingle();
    }

    [Fact]
    public void Keeps_one_row_per_document_in_order_with_its_stance_and_totals_entities_per_type()
    {
        var corpus = new CorpusSummary();
        corpus.Add(Summary("a.txt", "China and Russia.", 0.7f, 0.2f));
        corpus.Add(Summary("b.txt", "Putin in Russia.", 0.1f, 0.8f));
        corpus.Add(Summary("c.txt", "Russia again.", 0.6f, 0.1f));

        corpus.Documents.Select(d => (d.Source, d.Stance!.Label)).Should().Equal(("a.txt", "favor"), ("b.txt", "against"), ("c.txt", "favor"));
        corpus.StanceCounts().Should().BeEquivalentTo(new Dictionary<string, int> { ["favor"] = 2, ["against"] = 1 });
        corpus.EntityCountsByType.Should().Equal(new Dictionary<string, int> { ["GPE"] = 4, ["PERSON"] = 1 });
        corpus.TotalWords.Should().Be(8);
    }

    [Fact]
    public void Failures_are_kept_in_order()
    {
        var corpus = new CorpusSummary();
        corpus.AddFailure("x.txt", "x.txt: the file is empty");
        corpus.AddFailure("y.txt", "y.txt: no such file");

        corpus.Failures.Select(f => f.Source).Should().Equal("x.txt", "y.txt");
        corpus.Documents.Should().BeEmpty();
    }
}
