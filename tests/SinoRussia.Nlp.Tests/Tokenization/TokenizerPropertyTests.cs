using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Segmentation;
using SinoRussia.Nlp.Tokenization;

namespace SinoRussia.Nlp.Tests.Tokenization;

public class TokenizerPropertyTests
{
    private static readonly Tokenizer Tokenizer = new();

    private static readonly string[] Pieces =
    [
        "a", "Z", "word", "don't", "U.S.", "e.g.", "Mr.", "'s", "n't", "-", "--", ".", "...", ",", "!", "?", "'", "\"", "“", "”", "’",
        "(", ")", "[", "]", "[1]", "$", "%", "1", "1,000", "3.5", "http://x.org/a", "www.", "a@b.co", "@", "#", "_", "&", "/", ":", ":)",
        " ", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00A0", "\u2003",
        "\u0000", "\u0001", "\u001F", "\u007F", "\u200B", "\u200D", "\uFEFF", "\uFE0F",
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF",
        "\u0301", "e\u0301", "\u0327", "\u20E3",
        "שלום", "\u05D0", "مرحبا", "\u200F", "\u202E",
        "😀", "👍🏽", "👨‍👩‍👧", "🇷🇺", "\uD83C\uDDF7", "🏽",
        "中", "国家", "\uD840\uDC00", "Москва", "ё",
    ];

    private static Arbitrary<string> HostileText() =>
        Arb.From(Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts)));

    [Property(MaxTest = 1000)]
    public Property Tokens_cover_every_non_whitespace_character_exactly_once_in_order() =>
        Prop.ForAll(HostileText(), text =>
        {
            var document = Tokenizer.Tokenize(text);
            CheckCoverage(text, document);
        });

    [Property(MaxTest = 300)]
    public Property Tokens_cover_arbitrary_strings() =>
        Prop.ForAll(Arb.From(ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)), text =>
        {
            CheckCoverage(text, Tokenizer.Tokenize(text));
        });

    [Property(MaxTest = 300)]
    public Property Sentences_and_paragraphs_partition_the_tokens() =>
        Prop.ForAll(HostileText(), text =>
        {
            var document = Tokenizer.Tokenize(text);
            new ParagraphSplitter().Process(document);
            new SentenceSplitter().Process(document);
            CheckPartition(document.Sentences, document.Tokens.Count);
            CheckPartition(document.Paragraphs, document.Tokens.Count);
            foreach (var sentence in document.Sentences)
            {
                document.Paragraphs.Count(p => p.TokenRange.Start <= sentence.TokenRange.Start && sentence.TokenRange.End <= p.TokenRange.End)
                    .Should().Be(1, "a sentence never crosses a paragraph boundary");
            }
        });

    internal static void CheckCoverage(string text, Document document)
    {
        var position = 0;
        foreach (var token in document.Tokens)
        {
            token.Length.Should().BeGreaterThan(0);
            token.Start.Should().BeGreaterThanOrEqualTo(position);
            token.End.Should().BeLessThanOrEqualTo(text.Length);
            for (var k = position; k < token.Start; k++)
            {
                char.IsWhiteSpace(text[k]).Should().BeTrue($"character {k} (U+{(int)text[k]:X4}) lies between tokens");
            }

            for (var k = token.Start; k < token.End; k++)
            {
                char.IsWhiteSpace(text[k]).Should().BeFalse($"token [{token.Start}, {token.End}) must not contain whitespace");
            }

            position = token.End;
        }

        for (var k = position; k < text.Length; k++)
        {
            char.IsWhiteSpace(text[k]).Should().BeTrue($"character {k} (U+{(int)text[k]:X4}) after the last token is not covered");
        }
    }

    private static void CheckPartition(SpanList spans, int tokenCount)
    {
        var next = 0;
        foreach (var span in spans)
        {
            span.TokenRange.Start.Should().Be(next);
            next = span.TokenRange.End;
        }

        next.Should().Be(tokenCount);
    }
}
