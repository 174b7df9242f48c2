using SinoRussia.Nlp.Entities;
using SinoRussia.Nlp.Entities.Models;
using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Pipeline;

namespace SinoRussia.Nlp.Tests.Entities;

public class EntityRecognizerTests
{
    private static readonly Lazy<EntityRecognizer> Default = new(() => new EntityRecognizer());

    private static List<string> PersonNames(string text)
    {
        var document = EntityTestDocuments.OneSentence(text);
        Default.Value.Process(document);
        return document.Entities.Where(e => e.Label == "PERSON").Select(e => e.Text).ToList();
    }

    [Fact]
    public void The_embedded_default_model_loads()
    {
        EntityModel.Default.Labels.Should().BeEquivalentTo("PERSON", "ORG", "LOC");
    }

    [Fact]
    public void The_default_recogniser_finds_people_places_organisations_and_money()
    {
        var document = EntityTestDocuments.OneSentence("Chinese President Xi Jinping met Vladimir Putin in Moscow, where the Shanghai Cooperation Organisation pledged $400 billion.");
        Default.Value.Process(document);
        EntityTestDocuments.Entities(document).Should().Contain(
        [
            ("Chinese", "NORP"), ("Xi Jinping", "PERSON"), ("Vladimir Putin", "PERSON"), ("Moscow", "GPE"),
            ("Shanghai Cooperation Organisation", "ORG"), ("$400 billion", "MONEY"),
        ]);
    }

    [Fact]
    public void Canonical_ids_join_the_spellings_of_the_eurasian_economic_union()
    {
        var document = EntityTestDocuments.OneSentence("The EAEU, also called the EEU or the Eurasian Economic Union, expanded.");
        Default.Value.Process(document);
        document.Entities.Where(e => e.Label == "ORG").Select(e => e.CanonicalId).Distinct().Should().Equal("Eurasian Economic Union");
    }

    [Theory]
    [InlineData("Sino-Russian relations improved.")]
    [InlineData("Russian-Chinese cooperation grew.")]
    [InlineData("Sino\u2013Russian ties deepened.")]
    public void Relational_compounds_of_nationalities_are_not_entities(string text)
    {
        var document = EntityTestDocuments.OneSentence(text);
        Default.Value.Process(document);
        document.Entities.Where(e => e.Label is "NORP" or "GPE").Should().BeEmpty();
    }

    [Fact]
    public void Compounds_of_place_names_give_one_entity_per_place()
    {
        var document = EntityTestDocuments.OneSentence("China-Russia trade rose sharply.");
        Default.Value.Process(document);
        EntityTestDocuments.Entities(document).Should().Contain([("China", "GPE"), ("Russia", "GPE")]);
    }

    [Theory]
    [InlineData("The Treaty of Good Neighborliness, Friendship and Cooperation was signed.", "Treaty of Good Neighborliness, Friendship and Cooperation", "LAW")]
    [InlineData("The Cold War ended.", "Cold War", "EVENT")]
    [InlineData("Trade with the Kremlin grew.", "Kremlin", "ORG")]
    [InlineData("Western sanctions hurt.", "Western", "NORP")]
    [InlineData("Investment in Central Asia rose.", "Central Asia", "LOC")]
    [InlineData("The West imposed sanctions.", "West", "LOC")]
    [InlineData("Heilongjiang province borders Russia.", "Heilongjiang", "GPE")]
    [InlineData("The China-led bank opened.", "China", "GPE")]
    public void Domain_patterns_follow_the_annotation_guide(string text, string expected, string label)
    {
        var document = EntityTestDocuments.OneSentence(text);
        Default.Value.Process(document);
        EntityTestDocuments.Entities(document).Should().Contain((expected, label));
    }

    [Fact]
    public void The_recogniser_declares_its_contract()
    {
        var recognizer = Default.Value;
        recognizer.Name.Should().Be("entity-recognizer");
        recognizer.Requires.Should().BeEquivalentTo([AnnotationLayer.Tokens, AnnotationLayer.Sentences]);
        recognizer.Produces.Should().Equal(AnnotationLayer.Entities);
    }

    [Fact]
    public void A_document_without_sentences_gets_no_entities_and_no_error()
    {
        var document = new SinoRussia.Nlp.Tokenization.Tokenizer().Tokenize("Moscow");
        document.SetSentences([]);
        Default.Value.Process(document);
        document.Entities.Count.Should().Be(0);
    }

    [Fact]
    public void An_invalid_minimum_score_is_rejected()
    {
        var act = () => new EntityRecognizer(new EntityRecognizerOptions { MinimumScore = 2f });
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void The_default_pipeline_runs_tokens_sentences_and_entities_without_files()
    {
        var document = NlpPipeline.CreateDefault().Process("Xi Jinping met Vladimir Putin in Moscow. Trade rose 25 percent.");
        document.Sentences.Count.Should().Be(2);
        EntityTestDocuments.Entities(document).Should().Contain([("Xi Jinping", "PERSON"), ("Moscow", "GPE"), ("25 percent", "PERCENT")]);
    }

    [Fact]
    public void A_suppressing_pattern_removes_entities_inside_pipelines_and_initiatives()
    {
        var document = EntityTestDocuments.OneSentence("Gas flows through the Power of Siberia pipeline.");
        Default.Value.Process(document);
        document.Entities.Should().BeEmpty();
    }

    public static TheoryData<string> NaughtyTexts => new()
    {
        "",
        "   \n\n\t ",
        "\u0000\u0001\u0002 Moscow \u200B\uFEFF",
        "\uD800 unpaired \uDC00 surrogates in Beijing",
        "🇨🇳🇷🇺 👍🏽 emoji next to Xi Jinping",
        new string('9', 5000) + " percent",
        string.Join(' ', Enumerable.Repeat("Treaty of", 3000)),
        string.Join(' ', Enumerable.Repeat("Treaty", 30000)),
        string.Join(' ', Enumerable.Repeat("War of of of of of of of of of of of of of of of of", 3000)),
        string.Join(' ', Enumerable.Repeat("$ 5 billion yuan the late 1950s China-Russia Sino-Russian", 2000)),
        "https://example.org/2014/05/report?id=28.06.2014 [1] p. 30",
        "pp. " + string.Join('-', Enumerable.Repeat("12", 50000)),
        string.Join(' ', Enumerable.Range(0, 60000).Select(i => i % 3 == 0 ? "Moscow" : i % 3 == 1 ? "17" : "Power of Siberia")),
    };

    [Theory]
    [MemberData(nameof(NaughtyTexts))]
    public void Hostile_input_gives_entities_inside_the_text_and_no_error(string text)
    {
        var document = NlpPipeline.CreateDefault().Process(text);
        document.Text.Should().BeSameAs(text);
        document.Entities.Should().NotContain(e => e.Start < 0 || e.End > text.Length || e.Start >= e.End || e.Score < 0f || e.Score > 1f);
        document.Entities.Zip(document.Entities.Skip(1)).Should().NotContain(p => p.First.End > p.Second.Start);
    }

    [Fact]
    public void Urls_and_e_mail_addresses_are_never_entities()
    {
        var document = EntityTestDocuments.OneSentence("See https://www.Gazprom.ru/Moscow or write to Xi.Jinping@example.cn today.");
        Default.Value.Process(document);
        document.Entities.Should().NotContain(e => e.Text.Contains('/') || e.Text.Contains('@'));
    }

    [Theory]
    [InlineData("President Xi Jinping of China met Vladimir Putin in Moscow.", "Xi Jinping")]
    [InlineData("King Charles of Britain visited Kazan.", "Charles")]
    public void A_person_name_ends_before_an_of_phrase(string text, string person)
    {
        PersonNames(text).Should().Contain(person).And.NotContain(t => t.Contains(" of "));
    }

    [Theory]
    [InlineData("Cooley, Alexander. 2012. Great Games, Local Rules. Oxford: Oxford University Press.", "Cooley, Alexander")]
    [InlineData("Lüthi, Lorenz M. 2008. The Sino-Soviet Split. Princeton: Princeton University Press.", "Lüthi, Lorenz M.")]
    public void A_name_written_surname_first_in_a_reference_is_one_person(string text, string person)
    {
        PersonNames(text).Should().Contain(person);
    }

    [Theory]
    [InlineData("Putin, Xi and Modi met in Kazan.")]
    [InlineData("Putin, Xi, and Modi met in Kazan.")]
    [InlineData("Putin, Xi (pictured) and Modi met in Kazan.")]
    public void Names_in_a_list_are_not_joined_as_one_person(string text)
    {
        PersonNames(text).Should().Contain(["Putin", "Xi", "Modi"]);
    }

    [Fact]
    public void A_place_or_organisation_ending_in_a_facility_head_is_a_facility()
    {
        var document = EntityTestDocuments.OneSentence("The delegation landed at Sheremetyevo Airport and drove down Tverskaya Street.");
        Default.Value.Process(document);
        EntityTestDocuments.Entities(document).Should().Contain(("Sheremetyevo Airport", "FAC"));
    }

    [Theory]
    [InlineData("Sheikh Ahmed Yassin spoke in Gaza.", "Ahmed Yassin")]
    [InlineData("Major Arthur Pennick commanded the company.", "Arthur Pennick")]
    [InlineData("US House Speaker Nancy Pelosi landed in Taipei.", "Nancy Pelosi")]
    public void Religious_and_military_titles_stay_out_of_person_names(string text, string person)
    {
        PersonNames(text).Should().Contain(person);
    }

    [Fact]
    public void A_nationality_before_a_government_department_is_its_own_norp_but_armies_keep_it()
    {
        var document = EntityTestDocuments.OneSentence("The Russian Foreign Ministry protested, and the Indian Army moved troops.");
        Default.Value.Process(document);
        EntityTestDocuments.Entities(document).Should().Contain(("Russian", "NORP")).And.Contain(("Foreign Ministry", "ORG"))
            .And.Contain(("Indian Army", "ORG"));
    }

    [Fact]
    public void A_religious_title_inside_a_name_stays_part_of_it()
    {
        PersonNames("Israel killed its former leader, Muhammed Sheikh Khalil, in Gaza.").Should().NotContain("Khalil");
    }

    [Fact]
    public void The_country_patterns_match_lower_case_names_unless_they_are_ordinary_words()
    {
        var document = EntityTestDocuments.OneSentence("we flew to vietnam and then south korea , with fine china and roast turkey on board");
        new EntityRecognizer(new EntityRecognizerOptions { UseStatisticalModel = false }).Process(document);
        var entities = EntityTestDocuments.Entities(document).ToList();
        entities.Should().Contain(("vietnam", "GPE")).And.Contain(("south korea", "GPE"));
        entities.Should().NotContain(e => e.Text == "china" || e.Text == "turkey");
    }
}
