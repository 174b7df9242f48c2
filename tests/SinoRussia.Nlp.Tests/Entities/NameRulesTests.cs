using SinoRussia.Nlp.Entities;

namespace SinoRussia.Nlp.Tests.Entities;

public class NameRulesTests
{
    private static List<(string Text, string Label)> Names(string text)
    {
        var options = new EntityRecognizerOptions { UseStatisticalModel = false, UseNumericRules = false };
        var document = EntityTestDocuments.OneSentence(text);
        new EntityRecognizer(options).Process(document);
        return EntityTestDocuments.Entities(document).Where(e => e.Label is "ORG" or "LAW" or "EVENT").ToList();
    }

    [Theory]
    [InlineData("Officials at the Department of Housing and Urban Development agreed.", "Department of Housing and Urban Development")]
    [InlineData("She joined the Harbin Institute of Technology in 2010.", "Harbin Institute of Technology")]
    [InlineData("The Greater Omsk Fair Housing Center sued.", "Greater Omsk Fair Housing Center")]
    [InlineData("A spokesman for the Japanese Ministry of Defense said so.", "Ministry of Defense")]
    [InlineData("Members of the Altai Academy of Sciences met.", "Altai Academy of Sciences")]
    public void Organisation_heads_with_capitalised_modifiers_and_of_phrases_give_one_organisation(string text, string expected)
    {
        Names(text).Should().Contain((expected, "ORG"));
    }

    [Theory]
    [InlineData("Shares of Grupo Aval rose in Bogotá.", "Grupo Aval")]
    [InlineData("He worked for Banco de la Nación Argentina until 1990.", "Banco de la Nación Argentina")]
    [InlineData("The Fundação Calouste Gulbenkian funded it.", "Fundação Calouste Gulbenkian")]
    public void Organisation_heads_that_open_a_name_in_other_languages_give_one_organisation(string text, string expected)
    {
        Names(text).Should().Contain((expected, "ORG"));
    }

    [Theory]
    [InlineData("Russia Signs Deal With Central Bank Of Kazan")]
    [InlineData("the bank of the river was flooded.")]
    public void Headlines_and_lower_case_heads_get_no_organisation_rule(string text)
    {
        Names(text).Should().NotContain(e => e.Label == "ORG");
    }

    [Fact]
    public void Two_organisations_joined_by_and_the_stay_apart()
    {
        Names("It joined the Omsk Commission of Jurists and the Kazan Bar Association last year.")
            .Should().Contain(("Omsk Commission of Jurists", "ORG")).And.NotContain(e => e.Text.Contains(" and the "));
    }

    [Fact]
    public void An_of_phrase_stops_before_a_persons_title()
    {
        Names("He was elected as a Liberal Party of Canada Member of Parliament in 1990.")
            .Should().Contain(("Liberal Party of Canada", "ORG")).And.NotContain(e => e.Text.Contains("Member"));
    }

    [Fact]
    public void Two_treaties_joined_by_and_the_stay_apart()
    {
        Names("The Treaty of Aigun and the Convention of Peking moved the border.")
            .Should().Contain(("Treaty of Aigun", "LAW")).And.Contain(("Convention of Peking", "LAW"));
    }

    [Fact]
    public void An_of_phrase_stops_at_a_capitalised_article()
    {
        Names("It was the Kazan Academy of Sciences The academy was founded later.").Should().Contain(("Kazan Academy of Sciences", "ORG"));
    }

    [Theory]
    [InlineData("Both navies joined Vostok-2022 in September.", "Vostok-2022")]
    [InlineData("Troops took part in Zapad/Interaction-2021 near Nizhny Novgorod.", "Zapad/Interaction-2021")]
    [InlineData("The drill Joint Sea-2019 began in Qingdao.", "Joint Sea-2019")]
    public void Exercise_names_keep_their_year(string text, string expected)
    {
        Names(text).Should().Contain((expected, "EVENT"));
    }

    [Theory]
    [InlineData("Tickets for Euro-2016 sold out.")]
    [InlineData("The Vostok - 2022 schedule slipped.")]
    public void A_year_without_an_exercise_word_or_written_apart_gives_no_exercise(string text)
    {
        Names(text).Should().NotContain(e => e.Label == "EVENT");
    }

    [Fact]
    public void A_law_name_runs_through_an_en_dash_between_capitalised_words()
    {
        Names("The Complementary Agreement on the Eastern Section of the China\u2013Russia Boundary settled it.")
            .Should().Contain(("Complementary Agreement on the Eastern Section of the China\u2013Russia Boundary", "LAW"));
    }

    [Theory]
    [InlineData("Russia hosted the 2018 World Cup in eleven cities.", "2018 World Cup")]
    [InlineData("He ran at the 2002 Commonwealth Games in Manchester.", "2002 Commonwealth Games")]
    [InlineData("Moscow boycotted the 1984 Olympics in Los Angeles.", "1984 Olympics")]
    [InlineData("The film premiered at the Venice Film Festival.", "Venice Film Festival")]
    [InlineData("The Battle of Khalkhin Gol ended the border war.", "Battle of Khalkhin Gol")]
    public void Festivals_cups_and_battles_are_events_and_games_wars_and_world_cups_keep_their_year(string text, string expected)
    {
        Names(text).Should().Contain((expected, "EVENT"));
    }

    [Theory]
    [InlineData("Article 5 of the charter was invoked.", "Article 5")]
    [InlineData("Under Article 234 the strait is open.", "Article 234")]
    [InlineData("The Joint Declaration on a Multipolar World and the Establishment of a New International Order followed.",
        "Joint Declaration on a Multipolar World and the Establishment of a New International Order")]
    [InlineData("The Treaty of Friendship and Alliance between the Soviet Union and the Republic of China was signed.", "Treaty of Friendship and Alliance")]
    public void Articles_and_long_treaty_names_are_laws_that_stop_before_between(string text, string expected)
    {
        Names(text).Should().Contain((expected, "LAW"));
    }

    [Fact]
    public void An_of_phrase_naming_a_government_department_is_not_part_of_the_name()
    {
        Names("He taught at the Higher School of the Foreign Ministry for years.")
            .Should().Contain(("Higher School", "ORG")).And.Contain(("Foreign Ministry", "ORG")).And.NotContain(e => e.Text.Contains(" of "));
    }

    [Fact]
    public void A_recurring_forum_leaves_its_year_to_the_date()
    {
        Names("Xi spoke at the 2023 Eurasian Economic Forum in Kazan.").Should().Contain(("Eurasian Economic Forum", "EVENT"));
    }

    [Theory]
    [InlineData("Sanctions under Executive Order 14024 widened.", "Executive Order 14024")]
    [InlineData("Beijing cites Resolution 2758 often.", "Resolution 2758")]
    [InlineData("The National Security Act 2023 applies.", "National Security Act 2023")]
    public void A_law_keeps_its_number_or_year(string text, string expected)
    {
        Names(text).Should().Contain((expected, "LAW"));
    }

    [Theory]
    [InlineData("The Treaty of Good-Neighbourliness and Friendly Cooperation in July 2001 was signed.", "Treaty of Good-Neighbourliness and Friendly Cooperation", "LAW")]
    [InlineData("The Eastern Economic Forum on Thursday opened.", "Eastern Economic Forum", "EVENT")]
    [InlineData("The China\u2013Central Asia Summit met in Xi'an.", "China\u2013Central Asia Summit", "EVENT")]
    [InlineData("The Ocean-2024 drills began.", "Ocean-2024", "EVENT")]
    public void Names_stop_before_dates_and_articles_and_run_through_an_en_dash(string text, string expected, string label)
    {
        Names(text).Should().Contain((expected, label));
    }

    [Fact]
    public void An_order_without_a_number_is_not_a_law()
    {
        Names("The Order of Lenin was awarded to him.").Should().NotContain(e => e.Label == "LAW");
    }

    [Fact]
    public void And_before_another_organisations_head_or_acronym_starts_a_second_name()
    {
        Names("Agricultural Bank of China and Bank of Communications, Bank of China and ICBC cut ties.")
            .Should().Contain(("Agricultural Bank of China", "ORG")).And.Contain(("Bank of Communications", "ORG"))
            .And.Contain(("Bank of China", "ORG")).And.NotContain(e => e.Text.Contains(" and "));
    }

    [Theory]
    [InlineData("In 1945 World War II ended in Europe.", "World War II")]
    [InlineData("The Russian Vostok-2022 exercises involved Chinese troops.", "Vostok-2022")]
    public void A_year_or_nationality_before_an_event_stays_outside_it(string text, string expected)
    {
        Names(text).Where(e => e.Label == "EVENT").Select(e => e.Text).Should().Equal(expected);
    }

    [Theory]
    [InlineData("Russia and China signed the Moscow Declaration 10 days later.", "Moscow Declaration")]
    [InlineData("The Treaty of Nerchinsk 1689 fixed the border.", "Treaty of Nerchinsk")]
    public void A_count_or_a_year_after_an_of_phrase_is_not_a_law_number(string text, string expected)
    {
        Names(text).Where(e => e.Label == "LAW").Select(e => e.Text).Should().Equal(expected);
    }

    [Fact]
    public void A_party_called_a_rally_is_no_event()
    {
        Names("Marine Le Pen's National Rally won seats.").Should().NotContain(e => e.Label == "EVENT");
    }
}
