using SinoRussia.Nlp.Documents;
using SinoRussia.Samples.Reports;
using SinoRussia.Samples.Tests.TestSupport;
using static SinoRussia.Samples.Tests.TestSupport.HandDocument;

namespace SinoRussia.Samples.Tests.Reports;

public class DocumentSummarizerTests
{
    private const string Article = """


        A Beijing-Moscow Axis?

        China and Russia signed 12 deals in 2014. Putin met Xi.

        The EEU and the EAEU are one union. China and Russia are partners.

        Russia and China remain rivals in Central Asia.
        """;

    private static Document AnnotatedArticle() => new HandDocument(Article)
        .Entity("China", "GPE").Entity("Russia", "GPE").Entity("Beijing", "GPE").Entity("Moscow", "GPE")
        .Entity("Putin", "PERSON", "Vladimir Putin").Entity("Xi", "PERSON", "Xi Jinping")
        .Entity("EEU", "ORG", "Eurasian Economic Union").Entity("EAEU", "ORG", "Eurasian Economic Union")
        .Entity("2014", "DATE").Entity("12", "CARDINAL")
        .Stance(
            Judgement(0.6f, 0.3f, 0.1f),
            null,
            Judgement(0.3f, 0.1f, 0.6f),
            Judgement(0.9f, 0.05f, 0.05f, "are partners", "one union"),
            Judgement(0.1f, 0.8f, 0.1f, "rivals"))
        .Build();

    [Fact]
    public void The_title_is_the_first_non_empty_line_trimmed() =>
        DocumentSummarizer.Summarize(AnnotatedArticle(), "a.txt").Title.Should().Be("A Beijing-Moscow Axis?");

    [Theory]
    [InlineData("", "")]
    [InlineData("\r\n  \r\n  Title here  \r\nbody", "Title here")]
    [InlineData("One line", "One line")]
    public void Titles_skip_blank_lines_and_keep_line_endings_out(string text, string title) =>
        DocumentSummarizer.Title(text).Should().Be(title);

    [Fact]
    public void A_long_title_is_shortened_with_an_ellipsis()
    {
        var title = DocumentSummarizer.Title(new string('x', 300));

        title.Should().HaveLength(100).And.EndWith("…");
    }

    [Fact]
    public void Counts_words_and_numbers_but_not_punctuation_and_counts_sentences_and_paragraphs()
    {
        var summary = DocumentSummarizer.Summarize(new HandDocument("Xi met Putin, twice in 2014.\n\nThen again.").Build(), "a.txt");

        summary.Words.Should().Be(8);
        summary.Sentences.Should().Be(2);
        summary.Paragraphs.Should().Be(2);
        summary.Characters.Should().Be(41);
    }

    [Fact]
    public void Top_paragraphs_are_those_that_share_the_document_label_then_weigh_most_toward_it()
    {
        var summary = DocumentSummarizer.Summarize(AnnotatedArticle(), "a.txt");

        summary.Stance!.Label.Should().Be("favor");
        summary.TopParagraphs.Select(p => p.Index).Should().Equal(2, 1, 3);
        summary.TopParagraphs[0].Weight.Should().BeApproximately(0.9f, 1e-6f);
        summary.TopParagraphs[0].Evidence.Should().Equal("are partners", "one union");
        summary.TopParagraphs[0].Preview.Should().Be("The EEU and the EAEU are one union. China and Russia are partners.");
    }

    [Fact]
    public void Unjudged_paragraphs_are_never_among_the_top_ones()
    {
        var summary = DocumentSummarizer.Summarize(AnnotatedArticle(), "a.txt");

        summary.TopParagraphs.Should().NotContain(p => p.Index == 0);
    }

    [Fact]
    public void Entities_are_grouped_by_canonical_name_with_their_spellings_and_counted_per_type()
    {
        var summary = DocumentSummarizer.Summarize(AnnotatedArticle(), "a.txt");

        summary.EntityCountsByType.Should().Equal(new Dictionary<string, int>
        {
            ["CARDINAL"] = 1, ["DATE"] = 1, ["GPE"] = 8, ["ORG"] = 2, ["PERSON"] = 2,
        });
        summary.TopEntitiesByType["ORG"].Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new EntityGroup("ORG", "Eurasian Economic Union", 2, ["EEU", "EAEU"]));
        summary.TopEntitiesByType["GPE"].Select(g => (g.Name, g.Count)).Should().Equal(("China", 3), ("Russia", 3), ("Beijing", 1), ("Moscow", 1));
    }

    [Fact]
    public void Only_the_top_five_entities_of_a_type_are_kept_but_all_are_counted()
    {
        var names = new[] { "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf" };
        var builder = new HandDocument(string.Join(" and ", names) + " met.");
        foreach (var name in names)
        {
            builder.Entity(name, "PERSON");
        }

        var summary = DocumentSummarizer.Summarize(builder.Build(), "a.txt");

        summary.EntityCountsByType["PERSON"].Should().Be(7);
        summary.TopEntitiesByType["PERSON"].Should().HaveCount(DocumentSummarizer.TopEntitiesPerType);
    }

    [Fact]
    public void Pairs_count_the_sentences_where_two_names_meet_and_leave_out_numbers_and_dates()
    {
        var summary = DocumentSummarizer.Summarize(AnnotatedArticle(), "a.txt");

        summary.CoOccurrences.Should().BeEquivalentTo(new Dictionary<(string, string), int>
        {
            [("Beijing", "Moscow")] = 1,
            [("China", "Russia")] = 3,
            [("Vladimir Putin", "Xi Jinping")] = 1,
        });
    }

    [Fact]
    public void The_same_name_twice_in_a_sentence_makes_no_pair()
    {
        var summary = DocumentSummarizer.Summarize(new HandDocument("China, China and China.").Entity("China", "GPE").Build(), "a.txt");

        summary.CoOccurrences.Should().BeEmpty();
        summary.EntityCountsByType["GPE"].Should().Be(3);
    }

    [Fact]
    public void A_document_with_tokens_only_gives_counts_and_no_stance_entities_or_pairs()
    {
        var document = new Document("Just some words here.");
        var buffer = new TokenBuffer();
        buffer.Add(0, 4, TokenKind.Word);
        buffer.Add(5, 4, TokenKind.Word);
        document.SetTokens(buffer);

        var summary = DocumentSummarizer.Summarize(document, "plain.txt");

        summary.Words.Should().Be(2);
        summary.Stance.Should().BeNull();
        summary.TopParagraphs.Should().BeEmpty();
        summary.EntityCountsByType.Should().BeEmpty();
        summary.CoOccurrences.Should().BeEmpty();
    }
}
