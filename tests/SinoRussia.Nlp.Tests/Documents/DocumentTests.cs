using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Tests.TestSupport;

namespace SinoRussia.Nlp.Tests.Documents;

public class DocumentTests
{
    [Fact]
    public void Text_is_kept_exactly_as_given()
    {
        const string text = "  Moscow\r\n\u0000and Beijing\t";
        new Document(text).Text.Should().BeSameAs(text);
    }

    [Fact]
    public void Null_text_is_rejected()
    {
        var act = () => new Document(null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Tokens_are_views_of_offsets_into_the_text()
    {
        var document = TestDocuments.Tokenized("Xi met Putin.");

        document.Tokens.Select(t => t.Text).Should().Equal("Xi", "met", "Putin.");
        var putin = document.Tokens[2];
        putin.Start.Should().Be(7);
        putin.End.Should().Be(13);
        putin.AsSpan().ToString().Should().Be("Putin.");
        document.Tokens[0].HasSpaceAfter.Should().BeTrue();
        putin.HasSpaceAfter.Should().BeFalse();
    }

    [Fact]
    public void Setting_tokens_takes_over_the_buffer()
    {
        var buffer = new TokenBuffer();
        buffer.Add(0, 2, TokenKind.Word);
        var document = new Document("ab");

        document.SetTokens(buffer);

        buffer.Count.Should().Be(0);
        document.Tokens.Count.Should().Be(1);
        document.Has(AnnotationLayer.Tokens).Should().BeTrue();
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 5)]
    [InlineData(-1, 2)]
    public void Tokens_outside_the_text_or_empty_are_rejected(int start, int length)
    {
        var buffer = new TokenBuffer();
        buffer.Add(start, length, TokenKind.Word);

        var act = () => new Document("abcd").SetTokens(buffer);

        act.Should().Throw<ArgumentException>().WithMessage("*Token 0*");
    }

    [Fact]
    public void Overlapping_tokens_are_rejected()
    {
        var buffer = new TokenBuffer();
        buffer.Add(0, 3, TokenKind.Word);
        buffer.Add(2, 2, TokenKind.Word);

        var act = () => new Document("abcd").SetTokens(buffer);

        act.Should().Throw<ArgumentException>().WithMessage("*Token 1*");
    }

    [Fact]
    public void Sentences_report_character_offsets_from_their_tokens()
    {
        var document = TestDocuments.Tokenized("One two. Three four.");
        document.SetSentences([new TokenRange(0, 2), new TokenRange(2, 4)]);

        document.Sentences.Select(s => (s.Start, s.End, s.Text)).Should().Equal((0, 8, "One two."), (9, 20, "Three four."));
        document.Sentences.IndexOfToken(3).Should().Be(1);
        document.Sentences[1].Tokens.Select(t => t.Text).Should().Equal("Three", "four.");
    }

    [Fact]
    public void Sentences_before_tokens_are_rejected()
    {
        var act = () => new Document("x").SetSentences([new TokenRange(0, 1)]);
        act.Should().Throw<InvalidOperationException>().WithMessage("*tokeniser*");
    }

    [Fact]
    public void Overlapping_sentences_are_rejected()
    {
        var document = TestDocuments.Tokenized("a b c");
        var act = () => document.SetSentences([new TokenRange(0, 2), new TokenRange(1, 3)]);
        act.Should().Throw<ArgumentException>().WithMessage("*Range 1*");
    }

    [Fact]
    public void Entities_must_align_with_token_boundaries()
    {
        var document = TestDocuments.Tokenized("Vladimir Putin spoke");

        var act = () => document.SetEntities([new EntityAnnotation(0, 5, "PERSON")]);

        act.Should().Throw<ArgumentException>().WithMessage("*token boundaries*");
    }

    [Fact]
    public void Entities_carry_label_score_canonical_id_and_tokens()
    {
        var document = TestDocuments.Tokenized("the EAEU and Vladimir Putin");
        document.SetEntities(
        [
            new EntityAnnotation(4, 8, "ORG", 0.9f, "Eurasian Economic Union"),
            new EntityAnnotation(13, 27, "PERSON", 0.8f),
        ]);

        var entities = document.Entities;
        entities.Count.Should().Be(2);
        entities[0].Text.Should().Be("EAEU");
        entities[0].CanonicalId.Should().Be("Eurasian Economic Union");
        entities[1].Tokens.Select(t => t.Text).Should().Equal("Vladimir", "Putin");
        entities[1].TokenRange.Should().Be(new TokenRange(3, 5));
        entities[1].Score.Should().Be(0.8f);
    }

    [Fact]
    public void A_frozen_document_cannot_be_changed()
    {
        var document = TestDocuments.Tokenized("a b");
        document.Freeze();

        var act = () => document.SetEntities([]);

        act.Should().Throw<InvalidOperationException>().WithMessage("*read-only*");
    }

    [Fact]
    public void Paragraph_stances_must_match_the_paragraph_count()
    {
        var document = TestDocuments.Tokenized("a b c");
        document.SetParagraphs([new TokenRange(0, 3)]);

        var act = () => document.SetStance(null, []);

        act.Should().Throw<ArgumentException>().WithMessage("*0 paragraph judgements for 1*");
    }

    [Fact]
    public void Token_index_at_finds_the_containing_token_or_none_for_whitespace()
    {
        var document = TestDocuments.Tokenized("ab  cd");

        document.TokenIndexAt(1).Should().Be(0);
        document.TokenIndexAt(2).Should().Be(-1);
        document.TokenIndexAt(5).Should().Be(1);
        document.TokenIndexAt(6).Should().Be(-1);
    }
}
