using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Pipeline;
using SinoRussia.Nlp.Segmentation;
using SinoRussia.Nlp.Tokenization;

namespace SinoRussia.Nlp.Tests.Segmentation;

public class SentenceSplitterTests
{
    private static readonly NlpPipeline Pipeline = new NlpPipelineBuilder().AddTokenizer().AddParagraphSplitter().AddSentenceSplitter().Build();

    [Theory]
    [InlineData("Mr. Smith went to Washington. He arrived on Monday.", "Mr. Smith went to Washington. || He arrived on Monday.")]
    [InlineData("They moved to the U.S. The trip was long.", "They moved to the U.S. || The trip was long.")]
    [InlineData("U.S. officials met Dr. Jones in St. Louis today.", "U.S. officials met Dr. Jones in St. Louis today.")]
    [InlineData("John F. Kennedy spoke. Crowds cheered.", "John F. Kennedy spoke. || Crowds cheered.")]
    [InlineData("He said \"Stop.\" Then he left.", "He said \"Stop.\" || Then he left.")]
    [InlineData("She wrote: “It works!” Nobody agreed.", "She wrote: “It works!” || Nobody agreed.")]
    [InlineData("(This is one.) This is two.", "(This is one.) || This is two.")]
    [InlineData("Really?! Yes. Wait... what?", "Really?! || Yes. || Wait... what?")]
    [InlineData("It rose 3.5% in 2023. Analysts were surprised.", "It rose 3.5% in 2023. || Analysts were surprised.")]
    [InlineData("Visit www.example.org. It is new.", "Visit www.example.org. || It is new.")]
    [InlineData("Trade grew [1]. Exports doubled [2].", "Trade grew [1]. || Exports doubled [2].")]
    [InlineData("Great news! :) See you soon.", "Great news! :) || See you soon.")]
    [InlineData("is that so? yes it is.", "is that so? || yes it is.")]
    [InlineData("Intro.\n\nFeatures\nThe integration of two unions matters.", "Intro. || Features || The integration of two unions matters.")]
    [InlineData("Intro.\n\nCredit: Press Office\nIn 1992, Yeltsin visited China.", "Intro. || Credit: Press Office || In 1992, Yeltsin visited China.")]
    [InlineData("Intro.\n\na line that wraps\nin the middle of a sentence.", "Intro. || a line that wraps\nin the middle of a sentence.")]
    [InlineData("Title line\nNext line\nlast line", "Title line || Next line || last line")]
    [InlineData("Москва. Пекин.", "Москва. || Пекин.")]
    [InlineData("Intro.\n\nInterview with a founder Sunday, May 28, 2006\nThe site grew.", "Intro. || Interview with a founder || Sunday, May 28, 2006 || The site grew.")]
    [InlineData("Intro.\n\nFrom: Bob Smith@ACME 08/16/2000 12:05 PM Hello there.", "Intro. || From: Bob Smith@ACME || 08/16/2000 12:05 PM || Hello there.")]
    public void Splits_sentences_from_punctuation_case_and_line_breaks(string text, string expected)
    {
        Sentences(Pipeline.Process(text)).Should().Be(expected);
    }

    [Fact]
    public void Never_crosses_a_paragraph_boundary()
    {
        var document = Pipeline.Process("A heading without a stop\n\nthe next paragraph starts in lower case");
        Sentences(document).Should().Be("A heading without a stop || the next paragraph starts in lower case");
        document.Paragraphs.Count.Should().Be(2);
    }

    [Fact]
    public void Works_without_a_paragraph_layer()
    {
        var document = new Tokenizer().Tokenize("First block\n\nsecond block. Third one.");
        new SentenceSplitter().Process(document);
        Sentences(document).Should().Be("First block || second block. || Third one.");
    }

    [Fact]
    public void Lets_users_add_abbreviations_that_never_end_a_sentence()
    {
        var tokenizer = new Tokenizer(new TokenizerOptions().AddAbbreviation("Insp."));
        var document = tokenizer.Tokenize("We met Insp. Morse there.");
        new SentenceSplitter(new SentenceSplitterOptions().AddNonTerminalAbbreviation("Insp.")).Process(document);
        Sentences(document).Should().Be("We met Insp. Morse there.");
    }

    [Fact]
    public void Can_ignore_line_breaks()
    {
        var document = new Tokenizer().Tokenize("Intro.\n\nTitle\nBody text here.");
        new SentenceSplitter(new SentenceSplitterOptions { SplitAtLineBreaks = false }).Process(document);
        Sentences(document).Should().Be("Intro. || Title\nBody text here.");
    }

    [Fact]
    public void Rejects_an_abbreviation_without_a_period()
    {
        var act = () => new SentenceSplitterOptions().AddNonTerminalAbbreviation("Insp");
        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\n \t")]
    public void Gives_no_sentences_for_empty_text(string text)
    {
        var document = Pipeline.Process(text);
        document.Tokens.Should().BeEmpty();
        document.Sentences.Should().BeEmpty();
        document.Paragraphs.Should().BeEmpty();
    }

    [Fact]
    public void Must_come_after_a_tokeniser()
    {
        var act = () => new NlpPipelineBuilder().AddSentenceSplitter().AddTokenizer().Build();
        act.Should().Throw<PipelineConfigurationException>().WithMessage("*sentences*tokenizer*");
    }

    [Fact]
    public void Rejects_a_null_document()
    {
        var act = () => new SentenceSplitter().Process(null!);
        act.Should().Throw<ArgumentNullException>();
    }

    private static string Sentences(Document document) => string.Join(" || ", document.Sentences.Select(s => s.Text));
}
