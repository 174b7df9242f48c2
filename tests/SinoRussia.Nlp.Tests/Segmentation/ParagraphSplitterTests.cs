using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Pipeline;
using SinoRussia.Nlp.Segmentation;
using SinoRussia.Nlp.Tokenization;

namespace SinoRussia.Nlp.Tests.Segmentation;

public class ParagraphSplitterTests
{
    private static readonly NlpPipeline Pipeline = new NlpPipelineBuilder().AddTokenizer().AddParagraphSplitter().Build();

    [Theory]
    [InlineData("One. Two.\n\nThree.", "One. Two. || Three.")]
    [InlineData("Title\n\nLine one\nline two\n\n\n\nLast", "Title || Line one\nline two || Last")]
    [InlineData("A\r\n\r\nB", "A || B")]
    [InlineData("A\n  \t\nB", "A || B")]
    [InlineData("Line one\nLine two\nLine three", "Line one || Line two || Line three")]
    [InlineData("Only one paragraph.", "Only one paragraph.")]
    public void Splits_at_blank_lines_or_else_at_single_line_breaks(string text, string expected)
    {
        var document = Pipeline.Process(text);
        string.Join(" || ", document.Paragraphs.Select(p => p.Text)).Should().Be(expected);
    }

    [Fact]
    public void Declares_that_it_needs_tokens_and_produces_paragraphs()
    {
        var splitter = new ParagraphSplitter();
        splitter.Requires.Should().Equal(AnnotationLayer.Tokens);
        splitter.Produces.Should().Equal(AnnotationLayer.Paragraphs);
    }

    [Fact]
    public void Requires_tokens_on_the_document()
    {
        var act = () => new ParagraphSplitter().Process(new Document("no tokens yet"));
        act.Should().Throw<InvalidOperationException>().WithMessage("*tokeniser*");
    }
}
