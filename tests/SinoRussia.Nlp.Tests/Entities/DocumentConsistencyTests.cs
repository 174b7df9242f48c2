using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Entities;
using SinoRussia.Nlp.Entities.Rules;
using SinoRussia.Nlp.Tokenization;

namespace SinoRussia.Nlp.Tests.Entities;

public class DocumentConsistencyTests
{
    private static Document TwoSentences(string first, string second)
    {
        var document = new Tokenizer().Tokenize(first + " " + second);
        var boundary = document.TokenIndexAt(first.Length + 1);
        document.SetSentences([new TokenRange(0, boundary), new TokenRange(boundary, document.Tokens.Count)]);
        return document;
    }

    private static EntityRecognizer Recognizer(bool propagate, params EntityPattern[] patterns)
    {
        var options = new EntityRecognizerOptions { UseStatisticalModel = false, UseNumericRules = false, UseNameRules = false, PropagateWithinDocument = propagate };
        options.Ruler.UseDefaultPatterns = false;
        foreach (var p in patterns)
        {
            options.Ruler.Patterns.Add(p);
        }

        return new EntityRecognizer(options);
    }

    [Fact]
    public void A_surname_recurring_alone_takes_the_person_label_of_the_full_name()
    {
        var document = TwoSentences("Anna Petrova spoke in Kazan.", "Later Petrova left.");
        Recognizer(true, new EntityPattern("PERSON", "Anna Petrova")).Process(document);
        EntityTestDocuments.Entities(document).Should().Equal(("Anna Petrova", "PERSON"), ("Petrova", "PERSON"));
    }

    [Theory]
    [InlineData("Young people protested.")]
    [InlineData("Young said nothing.")]
    public void A_lone_surname_opening_a_sentence_is_not_labelled_from_elsewhere(string second)
    {
        var document = TwoSentences("Tom Young spoke in Kazan.", second);
        Recognizer(true, new EntityPattern("PERSON", "Tom Young")).Process(document);
        EntityTestDocuments.Entities(document).Should().Equal(("Tom Young", "PERSON"));
    }

    [Fact]
    public void Propagation_can_be_switched_off()
    {
        var document = TwoSentences("Anna Petrova spoke in Kazan.", "Later Petrova left.");
        Recognizer(false, new EntityPattern("PERSON", "Anna Petrova")).Process(document);
        EntityTestDocuments.Entities(document).Should().Equal(("Anna Petrova", "PERSON"));
    }

    [Theory]
    [InlineData("Later petrova left.")]
    [InlineData("Later Petrova Holdings left.")]
    public void Only_capitalised_whole_name_occurrences_are_labelled(string second)
    {
        var document = TwoSentences("Anna Petrova spoke in Kazan.", second);
        Recognizer(true, new EntityPattern("PERSON", "Anna Petrova")).Process(document);
        EntityTestDocuments.Entities(document).Should().Equal(("Anna Petrova", "PERSON"));
    }

    [Fact]
    public void A_name_inside_a_suppressed_phrase_is_not_labelled_again()
    {
        var document = TwoSentences("Anna Petrova spoke in Kazan.", "The Petrova Pipeline opened.");
        Recognizer(true, new EntityPattern("PERSON", "Anna Petrova"), new EntityPattern("O", "Petrova Pipeline")).Process(document);
        EntityTestDocuments.Entities(document).Should().Equal(("Anna Petrova", "PERSON"));
    }

    [Fact]
    public void A_relational_compound_stays_unlabelled_when_its_parts_are_names_elsewhere()
    {
        var options = new EntityRecognizerOptions { UseStatisticalModel = false, UseNumericRules = false, UseNameRules = false };
        var document = TwoSentences("Russian troops and Chinese ships met.", "Sino-Russian trade grew.");
        new EntityRecognizer(options).Process(document);
        document.Entities.Should().NotContain(e => e.Start >= document.Text.IndexOf("Sino", StringComparison.Ordinal));
    }

    private static List<string> Harmonised(string text, params (string Name, int Occurrence, string Label, float Score, CandidateSource Source)[] found)
    {
        var document = new Tokenizer().Tokenize(text);
        document.SetSentences([new TokenRange(0, document.Tokens.Count)]);
        var candidates = new List<EntityCandidate>();
        foreach (var (name, occurrence, label, score, source) in found)
        {
            var at = -1;
            for (var n = 0; n <= occurrence; n++)
            {
                at = text.IndexOf(name, at + 1, StringComparison.Ordinal);
            }

            var start = document.TokenIndexAt(at);
            candidates.Add(new EntityCandidate(start, document.TokenIndexAt(at + name.Length - 1) + 1, label, score, null, source));
        }

        candidates.Sort((a, b) => a.TokenStart.CompareTo(b.TokenStart));
        new DocumentConsistency().Apply(document, candidates, [], 0.7f);
        return [.. candidates.Select(c => document.Text[document.TokenStarts[c.TokenStart]..(document.TokenStarts[c.TokenEnd - 1] + document.TokenLengths[c.TokenEnd - 1])] + " " + c.Label)];
    }

    [Fact]
    public void A_name_the_tagger_labelled_two_ways_takes_the_label_with_the_larger_summed_confidence()
    {
        var labels = Harmonised(
            "Arsenal won. Arsenal lost. Fans of Arsenal cheered.",
            ("Arsenal", 0, "ORG", 0.9f, CandidateSource.Model),
            ("Arsenal", 1, "ORG", 0.8f, CandidateSource.Model),
            ("Arsenal", 2, "LOC", 0.95f, CandidateSource.Model));

        labels.Should().Equal("Arsenal ORG", "Arsenal ORG", "Arsenal ORG");
    }

    [Fact]
    public void A_harmonised_name_is_also_labelled_where_it_recurs_unlabelled()
    {
        var labels = Harmonised(
            "Arsenal won. Arsenal lost. Fans of Arsenal cheered for Arsenal.",
            ("Arsenal", 0, "ORG", 0.9f, CandidateSource.Model),
            ("Arsenal", 1, "ORG", 0.8f, CandidateSource.Model),
            ("Arsenal", 2, "LOC", 0.95f, CandidateSource.Model));

        labels.Should().Equal("Arsenal ORG", "Arsenal ORG", "Arsenal ORG", "Arsenal ORG");
    }

    [Fact]
    public void A_ruler_or_rule_label_is_never_changed()
    {
        var labels = Harmonised(
            "Jordan won. Jordan lost. Fans of Jordan cheered.",
            ("Jordan", 0, "PERSON", 0.9f, CandidateSource.Model),
            ("Jordan", 1, "PERSON", 0.9f, CandidateSource.Model),
            ("Jordan", 2, "GPE", 1f, CandidateSource.Ruler));

        labels.Should().Equal("Jordan PERSON", "Jordan PERSON", "Jordan GPE");
    }

    [Fact]
    public void A_ruler_label_votes_and_GPE_and_LOC_vote_together_as_a_place()
    {
        var labels = Harmonised(
            "Kazan won. Kazan lost. Fans of Kazan cheered.",
            ("Kazan", 0, "ORG", 0.95f, CandidateSource.Model),
            ("Kazan", 1, "LOC", 0.8f, CandidateSource.Model),
            ("Kazan", 2, "GPE", 1f, CandidateSource.Ruler));

        labels.Should().Equal("Kazan GPE", "Kazan LOC", "Kazan GPE");
    }

    [Fact]
    public void The_surname_of_a_full_name_votes_for_the_person_label()
    {
        var labels = Harmonised(
            "Michael Jordan met Jordan. Michael Jordan left.",
            ("Michael Jordan", 0, "PERSON", 0.95f, CandidateSource.Model),
            ("Jordan", 1, "GPE", 1f, CandidateSource.Model),
            ("Michael Jordan", 1, "PERSON", 0.95f, CandidateSource.Model));

        labels.Should().Equal("Michael Jordan PERSON", "Jordan PERSON", "Michael Jordan PERSON");
    }

    [Fact]
    public void A_tie_changes_nothing()
    {
        Harmonised("Kazan won. Kazan lost.", ("Kazan", 0, "ORG", 0.8f, CandidateSource.Model), ("Kazan", 1, "PERSON", 0.8f, CandidateSource.Model))
            .Should().Equal("Kazan ORG", "Kazan PERSON");
    }

    [Fact]
    public void Occurrences_below_the_minimum_score_neither_vote_nor_change()
    {
        var labels = Harmonised(
            "Kazan won. Kazan lost. Kazan drew.",
            ("Kazan", 0, "ORG", 0.9f, CandidateSource.Model),
            ("Kazan", 1, "PERSON", 0.8f, CandidateSource.Model),
            ("Kazan", 2, "PERSON", 0.6f, CandidateSource.Model));

        labels.Should().Equal("Kazan ORG", "Kazan ORG", "Kazan PERSON");
    }
}
