using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Tokenization;

namespace SinoRussia.Nlp.Tests.Tokenization;

public class TokenizerScaleTests
{
    private const int HundredMegabytes = 100 * 1024 * 1024;

    [Fact]
    public void Tokenises_a_100_MB_single_line_of_prose_without_stack_overflow()
    {
        const string unit = "Sino-Russian trade, worth $200,000,000, grew 12.5% in 2023 (see U.S. data [4])... ";
        var text = Repeat(unit, HundredMegabytes / sizeof(char));
        var perUnit = CountTokens(unit);
        var buffer = new TokenBuffer(1 << 20);
        new Tokenizer().Tokenize(text, buffer);
        buffer.Count.Should().Be(perUnit * (text.Length / unit.Length) + CountTokens(text[(text.Length / unit.Length * unit.Length)..]));
    }

    [Theory]
    [InlineData("a.")]
    [InlineData("ab")]
    [InlineData("1,000")]
    [InlineData("x'")]
    public void Tokenises_a_100_MB_line_without_whitespace_in_one_pass(string unit)
    {
        var text = Repeat(unit, HundredMegabytes / sizeof(char));
        var buffer = new TokenBuffer(1 << 10);
        new Tokenizer().Tokenize(text, buffer);
        var covered = 0L;
        for (var i = 0; i < buffer.Count; i++)
        {
            covered += buffer.LengthAt(i);
        }

        covered.Should().Be(text.Length);
    }

    private static int CountTokens(string text)
    {
        var buffer = new TokenBuffer();
        new Tokenizer().Tokenize(text, buffer);
        return buffer.Count;
    }

    private static string Repeat(string unit, int length) =>
        string.Create(length, unit, static (span, u) =>
        {
            for (var i = 0; i < span.Length; i += u.Length)
            {
                u.AsSpan(0, Math.Min(u.Length, span.Length - i)).CopyTo(span[i..]);
            }
        });
}
