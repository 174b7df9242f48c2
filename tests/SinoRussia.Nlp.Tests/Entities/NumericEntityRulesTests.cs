using SinoRussia.Nlp.Entities;

namespace SinoRussia.Nlp.Tests.Entities;

public class NumericEntityRulesTests
{
    private static readonly EntityRecognizer RulesOnly = new(new EntityRecognizerOptions
    {
        UseStatisticalModel = false,
        UseNameRules = false,
        Ruler = { UseDefaultPatterns = false },
    });

    [Theory]
    [InlineData("Trade reached $400 billion last year.", "$400 billion", "MONEY")]
    [InlineData("Exports rose to 1.69 trillion yuan in total.", "1.69 trillion yuan", "MONEY")]
    [InlineData("The share was 26.3% of the total.", "26.3%", "PERCENT")]
    [InlineData("Prices fell 25 percent after the deal.", "25 percent", "PERCENT")]
    [InlineData("The pipeline carries up to 50 billion cubic meters of gas.", "up to 50 billion cubic meters", "QUANTITY")]
    [InlineData("The border was settled in the late 1950s by both sides.", "the late 1950s", "DATE")]
    [InlineData("Trade grew strongly last year.", "last year", "DATE")]
    [InlineData("The treaty was renewed 17 years later.", "17 years later", "DATE")]
    [InlineData("It took more than a decade to agree.", "more than a decade", "DATE")]
    [InlineData("The summit took place in 2014.", "2014", "DATE")]
    [InlineData("As argued earlier (Dai 2013a), ties deepened.", "2013a", "DATE")]
    [InlineData("The agreement was signed on 28.06.2014 in Minsk.", "28.06.2014", "DATE")]
    [InlineData("The meeting was held on 5 June 2019 in Moscow.", "5 June 2019", "DATE")]
    [InlineData("The talks began in March 2022 and stalled.", "March 2022", "DATE")]
    [InlineData("The two countries signed the deal.", "two", "CARDINAL")]
    [InlineData("Arms sales grew between 2017 and 2021 overall.", "between 2017 and 2021", "DATE")]
    [InlineData("Europe lent €40bn to the project.", "€40bn", "MONEY")]
    [InlineData("Russia supplied 38 bcm of gas.", "38 bcm", "QUANTITY")]
    [InlineData("Imports were about 17–18% of the total.", "about 17–18%", "PERCENT")]
    [InlineData("The army sent 3,000 troops.", "3,000", "CARDINAL")]
    [InlineData("The alliance ended nearly two years ago.", "nearly two years ago", "DATE")]
    [InlineData("The forum ran 16\u201317 May 2025 in Kazan.", "16\u201317 May 2025", "DATE")]
    [InlineData("Drills were held 20 - 22 March near Vladivostok.", "20 - 22 March", "DATE")]
    [InlineData("He arrived on Wednesday 2 July 2025 at noon.", "Wednesday 2 July 2025", "DATE")]
    [InlineData("Talks resume on Friday, March 7 in Beijing.", "Friday, March 7", "DATE")]
    [InlineData("They share a 4,300-kilometre border.", "4,300-kilometre", "QUANTITY")]
    [InlineData("The gauge is 1,520 millimeters wide.", "1,520 millimeters", "QUANTITY")]
    [InlineData("Hundreds of thousands crossed the river.", "Hundreds of thousands", "CARDINAL")]
    [InlineData("The war displaced tens of millions of people.", "tens of millions", "CARDINAL")]
    [InlineData("China spent hundreds of millions of dollars on the port.", "hundreds of millions of dollars", "MONEY")]
    [InlineData("They built a 30-square-kilometre free trade zone.", "30-square-kilometre", "QUANTITY")]
    [InlineData("The fair runs August 20\u201321 in Harbin.", "August 20\u201321", "DATE")]
    [InlineData("Sessions are held 3 to 7 June each year.", "3 to 7 June", "DATE")]
    [InlineData("Every summer the border town fills with tourists.", "Every summer", "DATE")]
    [InlineData("Talks are held every six months in Moscow.", "every six months", "DATE")]
    [InlineData("The river freezes in winter and thaws in April.", "winter", "DATE")]
    public void Rules_find_numeric_spans_with_the_annotation_guide_boundaries(string text, string expected, string label)
    {
        var document = EntityTestDocuments.OneSentence(text);
        RulesOnly.Process(document);
        EntityTestDocuments.Entities(document).Should().Contain((expected, label));
    }

    [Theory]
    [InlineData("One of the partners objected.")]
    [InlineData("On one side, the ministers disagreed.")]
    [InlineData("They want two-way trade.")]
    [InlineData("See the footnote [1] for details.")]
    [InlineData("Published as no. 2: 361-382 that year.")]
    public void Rules_do_not_label_pronoun_one_idioms_or_two_way(string text)
    {
        var document = EntityTestDocuments.OneSentence(text);
        RulesOnly.Process(document);
        document.Entities.Where(e => e.Label == "CARDINAL").Should().BeEmpty();
    }

    [Fact]
    public void A_citation_page_number_is_not_a_cardinal()
    {
        var document = EntityTestDocuments.OneSentence("This was noted (Dai 2016, 30) before.");
        RulesOnly.Process(document);
        EntityTestDocuments.Entities(document).Should().BeEquivalentTo([("2016", "DATE")]);
    }

    [Fact]
    public void A_season_before_an_of_phrase_is_not_a_date()
    {
        var document = EntityTestDocuments.OneSentence("In the fall of Kabul, the Taliban won.");
        RulesOnly.Process(document);
        document.Entities.Should().NotContain(e => e.Label == "DATE");
    }

    [Fact]
    public void A_number_range_before_the_modal_may_is_not_a_range_of_days()
    {
        var document = EntityTestDocuments.OneSentence("Of the wounded, 10 to 20 May die within a week.");
        RulesOnly.Process(document);
        document.Entities.Should().NotContain(e => e.Label == "DATE" && e.Text.StartsWith("10", StringComparison.Ordinal));
    }
}
