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
}
