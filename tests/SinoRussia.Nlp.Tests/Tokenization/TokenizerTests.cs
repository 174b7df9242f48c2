using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Tokenization;

namespace SinoRussia.Nlp.Tests.Tokenization;

public class TokenizerTests
{
    private static readonly Tokenizer Default = new();

    [Theory]
    [InlineData("U.S. troops left.", "U.S. | troops | left | .")]
    [InlineData("Dr. Smith arrived.", "Dr. | Smith | arrived | .")]
    [InlineData("Some fruit, e.g. apples.", "Some | fruit | , | e.g. | apples | .")]
    [InlineData("On Jan. 5 we met.", "On | Jan. | 5 | we | met | .")]
    [InlineData("At 5 a.m. sharp", "At | 5 | a.m. | sharp")]
    [InlineData("They moved to the U.S. The trip was long.", "They | moved | to | the | U.S | . | The | trip | was | long | .")]
    [InlineData("I don't know", "I | do | n't | know")]
    [InlineData("I'm here", "I | 'm | here")]
    [InlineData("You can't go", "You | ca | n't | go")]
    [InlineData("We won't stop", "We | wo | n't | stop")]
    [InlineData("I cannot go", "I | can | not | go")]
    [InlineData("I'm gonna win", "I | 'm | gon | na | win")]
    [InlineData("we'll see, they've gone, she'd come, you're in", "we | 'll | see | , | they | 've | gone | , | she | 'd | come | , | you | 're | in")]
    [InlineData("It’s curly", "It | ’s | curly")]
    [InlineData("John's book", "John | 's | book")]
    [InlineData("the students' books", "the | students | ' | books")]
    [InlineData("O'Brien said", "O'Brien | said")]
    [InlineData("a well-known fact", "a | well | - | known | fact")]
    [InlineData("non-stop and e-mail and co-founder", "non-stop | and | e-mail | and | co-founder")]
    [InlineData("call 713-853-1234 now", "call | 713-853-1234 | now")]
    [InlineData("pages 3-4", "pages | 3 | - | 4")]
    [InlineData("1,000,000 people", "1,000,000 | people")]
    [InlineData("pi is 3.14159", "pi | is | 3.14159")]
    [InlineData("at 10:30 pm", "at | 10:30 | pm")]
    [InlineData("on 11/28/2000", "on | 11/28/2000")]
    [InlineData("and/or", "and | / | or")]
    [InlineData("$400 billion", "$ | 400 | billion")]
    [InlineData("a 26.3% rise", "a | 26.3 | % | rise")]
    [InlineData("€5 and £10", "€ | 5 | and | £ | 10")]
    [InlineData("as shown [1].", "as | shown | [1] | .")]
    [InlineData("see https://example.org/a?b=c.", "see | https://example.org/a?b=c | .")]
    [InlineData("(www.example.com/path)", "( | www.example.com/path | )")]
    [InlineData("mail john.doe@example.com.", "mail | john.doe@example.com | .")]
    [InlineData("“Hello,” she said — quietly…", "“ | Hello | , | ” | she | said | — | quietly | …")]
    [InlineData("\"Quoted\" text", "\" | Quoted | \" | text")]
    [InlineData("Wait... what?!", "Wait | ... | what | ?!")]
    [InlineData("So -- anyway", "So | -- | anyway")]
    [InlineData("Great :) thanks", "Great | :) | thanks")]
    [InlineData("#topic by @user", "#topic | by | @user")]
    [InlineData("AT&T and P&L", "AT&T | and | P&L")]
    [InlineData("a 375mm rod, 5pm, 8gb, the 20th and 1990s", "a | 375 | mm | rod | , | 5 | pm | , | 8 | gb | , | the | 20th | and | 1990s")]
    [InlineData("coffee w/ milk", "coffee | w/ | milk")]
    [InlineData("see (draft).doc now", "see | ( | draft | ) | .doc | now")]
    [InlineData("Москва и Пекин.", "Москва | и | Пекин | .")]
    [InlineData("中国和俄罗斯 合作。", "中国和俄罗斯 | 合作 | 。")]
    [InlineData("batting .324 this year", "batting | .324 | this | year")]
    [InlineData("In ’72 he said ‘’yes’’ to +44 20", "In | ’72 | he | said | ‘’ | yes | ’’ | to | +44 | 20")]
    [InlineData("they called them 'Wahhabis', sadly", "they | called | them | ' | Wahhabis | ' | , | sadly")]
    [InlineData("Intro\n2.1. Methods", "Intro | 2.1. | Methods")]
    [InlineData("שלום עולם", "שלום | עולם")]
    [InlineData("café naïve", "café | naïve")]
    public void Tokenises_english_following_ud_conventions(string text, string expected)
    {
        Texts(Default.Tokenize(text)).Should().Be(expected);
    }

    [Theory]
    [InlineData("👍🏽 ok", "👍🏽 | ok")]
    [InlineData("👨‍👩‍👧 family", "👨‍👩‍👧 | family")]
    [InlineData("🇷🇺🇨🇳", "🇷🇺 | 🇨🇳")]
    [InlineData("❤️!", "❤️ | !")]
    [InlineData("fun😂😂", "fun | 😂 | 😂")]
    public void Keeps_each_emoji_sequence_in_one_token(string text, string expected)
    {
        var document = Default.Tokenize(text);
        Texts(document).Should().Be(expected);
        document.Tokens.Where(t => !char.IsLetter(t.Text[0]) && t.Text != "!").Should().OnlyContain(t => t.Kind == TokenKind.Emoji);
    }

    [Theory]
    [InlineData("word", TokenKind.Word)]
    [InlineData("1,000", TokenKind.Number)]
    [InlineData(".", TokenKind.Punctuation)]
    [InlineData("%", TokenKind.Symbol)]
    [InlineData("$", TokenKind.Symbol)]
    [InlineData("https://example.org", TokenKind.Url)]
    [InlineData("a@example.org", TokenKind.Email)]
    [InlineData("😀", TokenKind.Emoji)]
    [InlineData("[12]", TokenKind.FootnoteMarker)]
    [InlineData("#nlp", TokenKind.Tag)]
    [InlineData("\u0007", TokenKind.Other)]
    public void Assigns_a_kind_to_each_token(string text, TokenKind kind)
    {
        var document = Default.Tokenize(text);
        document.Tokens.Should().ContainSingle().Which.Kind.Should().Be(kind);
    }

    [Fact]
    public void Keeps_control_characters_and_lone_surrogates_as_their_own_tokens()
    {
        var document = Default.Tokenize("a\u0001b \uDC00x \uD83D");
        Texts(document).Should().Be("a | \u0001 | b | \uDC00 | x | \uD83D");
    }

    [Fact]
    public void Keeps_contractions_whole_when_splitting_is_off()
    {
        var tokenizer = new Tokenizer(new TokenizerOptions { SplitContractions = false });
        Texts(tokenizer.Tokenize("I don't think it's John's")).Should().Be("I | don't | think | it's | John's");
    }

    [Fact]
    public void Splits_footnote_markers_when_asked()
    {
        var tokenizer = new Tokenizer(new TokenizerOptions { KeepFootnoteMarkers = false });
        Texts(tokenizer.Tokenize("true [3].")).Should().Be("true | [ | 3 | ] | .");
    }

    [Fact]
    public void Applies_user_special_cases_and_abbreviations()
    {
        var tokenizer = new Tokenizer(new TokenizerOptions()
            .AddSpecialCase("gimme", "gim", "me")
            .AddSpecialCase("C++")
            .AddAbbreviation("Approx."));
        Texts(tokenizer.Tokenize("gimme C++ code, Approx. ten")).Should().Be("gim | me | C++ | code | , | Approx. | ten");
    }

    [Theory]
    [InlineData("two words")]
    [InlineData("")]
    public void Rejects_a_special_case_that_is_empty_or_has_whitespace(string text)
    {
        var act = () => new TokenizerOptions().AddSpecialCase(text);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Rejects_special_case_pieces_that_do_not_spell_the_text()
    {
        var act = () => new TokenizerOptions().AddSpecialCase("gimme", "give", "me");
        act.Should().Throw<ArgumentException>().WithMessage("*gimme*");
    }

    [Fact]
    public void Rejects_an_abbreviation_without_a_final_period()
    {
        var act = () => new TokenizerOptions().AddAbbreviation("Approx");
        act.Should().Throw<ArgumentException>().WithMessage("*period*");
    }

    [Fact]
    public void Rejects_null_input()
    {
        var tokenize = () => Default.Tokenize((string)null!);
        var process = () => Default.Process(null!);
        var buffer = () => Default.Tokenize("x".AsSpan(), null!);
        tokenize.Should().Throw<ArgumentNullException>();
        process.Should().Throw<ArgumentNullException>();
        buffer.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n\t \u00A0\u2003")]
    public void Gives_no_tokens_for_empty_or_whitespace_text(string text)
    {
        Default.Tokenize(text).Tokens.Should().BeEmpty();
    }

    [Fact]
    public void Appends_span_relative_offsets_to_a_buffer()
    {
        var buffer = new TokenBuffer();
        Default.Tokenize("xx Hi there".AsSpan(3), buffer);
        buffer.Count.Should().Be(2);
        buffer.StartAt(1).Should().Be(3);
        buffer.LengthAt(1).Should().Be(5);
    }

    [Fact]
    public void Declares_that_it_produces_tokens()
    {
        Default.Name.Should().Be("tokenizer");
        Default.Requires.Should().BeEmpty();
        Default.Produces.Should().Equal(AnnotationLayer.Tokens);
    }

    internal static string Texts(Document document) => string.Join(" | ", document.Tokens.Select(t => t.Text));
}
