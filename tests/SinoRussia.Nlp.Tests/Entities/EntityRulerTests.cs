using SinoRussia.Nlp.Entities;
using SinoRussia.Nlp.Entities.Rules;

namespace SinoRussia.Nlp.Tests.Entities;

public class EntityRulerTests
{
    private static EntityRecognizer RulerOnly(Action<EntityRulerOptions> configure)
    {
        var options = new EntityRecognizerOptions { UseStatisticalModel = false, UseNumericRules = false, UseNameRules = false };
        options.Ruler.UseDefaultPatterns = false;
        configure(options.Ruler);
        return new EntityRecognizer(options);
    }

    [Fact]
    public void A_pattern_labels_its_phrase_and_carries_the_canonical_id()
    {
        var recognizer = RulerOnly(r =>
        {
            r.Patterns.Add(new EntityPattern("ORG", "Eurasian Economic Union", "EAEU"));
            r.Patterns.Add(new EntityPattern("ORG", "EEU", "EAEU"));
        });
        var document = EntityTestDocuments.OneSentence("The EEU, or Eurasian Economic Union, grew.");
        recognizer.Process(document);
        document.Entities.Select(e => (e.Text, e.Label, e.CanonicalId)).Should().Equal(("EEU", "ORG", "EAEU"), ("Eurasian Economic Union", "ORG", "EAEU"));
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 1)]
    public void Case_option_decides_whether_lower_case_text_matches(bool ignoreCase, int expected)
    {
        var recognizer = RulerOnly(r => r.Patterns.Add(new EntityPattern("ORG", "Gazprom", IgnoreCase: ignoreCase)));
        var document = EntityTestDocuments.OneSentence("shares of gazprom fell");
        recognizer.Process(document);
        document.Entities.Count.Should().Be(expected);
    }

    [Fact]
    public void The_longest_pattern_wins_at_a_position()
    {
        var recognizer = RulerOnly(r =>
        {
            r.Patterns.Add(new EntityPattern("NORP", "Russian"));
            r.Patterns.Add(new EntityPattern("LOC", "Russian Far East"));
        });
        var document = EntityTestDocuments.OneSentence("Investment in the Russian Far East rose.");
        recognizer.Process(document);
        EntityTestDocuments.Entities(document).Should().Equal(("Russian Far East", "LOC"));
    }

    [Fact]
    public void A_pattern_must_end_on_a_token_boundary()
    {
        var recognizer = RulerOnly(r => r.Patterns.Add(new EntityPattern("ORG", "UN")));
        var document = EntityTestDocuments.OneSentence("UNESCO and the UN met.");
        recognizer.Process(document);
        EntityTestDocuments.Entities(document).Should().Equal(("UN", "ORG"));
    }

    [Theory]
    [InlineData(EntityRulerPolicy.Overwrite, "Petrova visited", "ORG")]
    [InlineData(EntityRulerPolicy.FillGaps, "Anna Petrova", "PERSON")]
    public void Policy_decides_between_ruler_and_tagger(EntityRulerPolicy policy, string text, string label)
    {
        var options = new EntityRecognizerOptions { Model = EntityModelFixtures.Tiny(), UseNumericRules = false, UseNameRules = false, SplitLocations = false };
        options.Ruler.UseDefaultPatterns = false;
        options.Ruler.Policy = policy;
        options.Ruler.Patterns.Add(new EntityPattern("ORG", "Petrova visited"));
        var document = EntityTestDocuments.FromTokens("Anna", "Petrova", "visited", "Kazan", "in", "May", ".");
        new EntityRecognizer(options).Process(document);
        EntityTestDocuments.Entities(document).Should().Contain((text, label));
    }

    [Fact]
    public void A_malformed_pattern_line_names_the_source_and_line()
    {
        var act = () => EntityPatternReader.Read(new StringReader("{\"label\": \"ORG\", \"pattern\": \"SCO\"}\n{\"label\": \"ORG\"}\n"), "patterns.jsonl");
        act.Should().Throw<FormatException>().WithMessage("patterns.jsonl, line 2:*");
    }

    [Fact]
    public void Pattern_files_are_read_as_jsonl()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "{\"label\": \"ORG\", \"pattern\": \"Shanghai Cooperation Organisation\", \"id\": \"SCO\"}\n{\"label\": \"ORG\", \"pattern\": \"sco\", \"id\": \"SCO\", \"case\": \"insensitive\"}\n");
        try
        {
            var recognizer = RulerOnly(r => r.PatternFiles.Add(path));
            var document = EntityTestDocuments.OneSentence("The SCO, the Shanghai Cooperation Organisation, met.");
            recognizer.Process(document);
            document.Entities.Select(e => e.CanonicalId).Should().Equal("SCO", "SCO");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
