using SinoRussia.Nlp.Entities.Tagging;

namespace SinoRussia.Nlp.Tests.Entities;

public class TaggerFeatureTests
{
    [Theory]
    [InlineData("malaysia", "Malaysia")]
    [InlineData("MALAYSIA", "Malaysia")]
    [InlineData("Malaysia", "")]
    [InlineData("McDonald", "")]
    [InlineData("2020", "")]
    [InlineData("", "")]
    public void Title_case_form_is_made_only_for_single_case_words(string word, string expected)
    {
        Span<char> buffer = stackalloc char[64];
        var n = WordForms.TitleCase(word, buffer);
        buffer[..n].ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("Putin met Xi in Beijing .", SentenceCasing.Mixed)]
    [InlineData("where can i buy weed in auckland ?", SentenceCasing.AllLower)]
    [InlineData("MIRAMAR", SentenceCasing.AllUpper)]
    [InlineData("Russia Signs Gas Deal With China", SentenceCasing.Title)]
    [InlineData("; 42 ,", SentenceCasing.Mixed)]
    public void Sentence_casing_tells_ordinary_text_from_lower_upper_and_headline_case(string sentence, int expected)
    {
        var casing = default(SentenceCasing);
        foreach (var token in sentence.Split(' '))
        {
            casing.Add(token);
        }

        casing.Class.Should().Be(expected);
    }
}
