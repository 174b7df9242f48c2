using System.Text;
using SinoRussia.Nlp.Entities.Models;

namespace SinoRussia.Nlp.Tests.Entities;

public class Crc32Tests
{
    [Theory]
    [InlineData("", 0x00000000u)]
    [InlineData("a", 0xE8B7BE43u)]
    [InlineData("123456789", 0xCBF43926u)]
    [InlineData("The quick brown fox jumps over the lazy dog", 0x414FA339u)]
    public void The_model_checksum_is_the_standard_crc32(string text, uint expected)
    {
        Crc32.Compute(Encoding.ASCII.GetBytes(text)).Should().Be(expected);
    }
}
