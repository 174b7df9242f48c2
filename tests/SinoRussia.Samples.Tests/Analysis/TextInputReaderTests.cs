using System.Text;
using SinoRussia.Samples.Analysis;
using SinoRussia.Samples.Tests.TestSupport;

namespace SinoRussia.Samples.Tests.Analysis;

public class TextInputReaderTests
{
    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i' }, "hi")]
    [InlineData(new byte[] { (byte)'a', (byte)'\r', (byte)'\n', (byte)'b', (byte)'\n' }, "a\r\nb\n")]
    [InlineData(new byte[] { 0xC3, 0xA9, (byte)'t', 0xC3, 0xA9 }, "été")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, (byte)'x' }, "\uFEFFx")]
    public void Removes_one_leading_BOM_and_keeps_line_endings_and_everything_else(byte[] bytes, string expected) =>
        TextInputReader.Decode(bytes, "t.txt").Should().Be(expected);

    [Theory]
    [InlineData(new byte[0], "t.txt: the file is empty")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "t.txt: the file is empty")]
    [InlineData(new byte[] { (byte)' ', (byte)'\n', (byte)'\t' }, "t.txt: the file holds only whitespace")]
    [InlineData(new byte[] { (byte)'a', (byte)'\n', (byte)'b', 0, (byte)'c' }, "t.txt: looks like a binary file (NUL byte at line 2, column 2)")]
    [InlineData(new byte[] { (byte)'a', (byte)'\n', (byte)'b', 0xC3, 0xA9, (byte)'c', 0xFF, (byte)'d' }, "t.txt: invalid UTF-8 at line 2, column 4 (byte offset 6, 0xFF)")]
    [InlineData(new byte[] { 0xE2, 0x82 }, "t.txt: invalid UTF-8 at line 1, column 1 (byte offset 0, 0xE2)")]
    [InlineData(new byte[] { (byte)'x', 0xED, 0xA0, 0x80 }, "t.txt: invalid UTF-8 at line 1, column 2 (byte offset 1, 0xED)")]
    public void Rejects_empty_binary_and_invalid_input_with_a_message_naming_the_file_and_position(byte[] bytes, string message)
    {
        var read = () => TextInputReader.Decode(bytes, "t.txt");

        read.Should().Throw<InputFileException>().Which.Message.Should().StartWith(message);
    }

    [Fact]
    public void A_missing_file_is_reported_by_its_source_name()
    {
        var read = () => TextInputReader.ReadFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "gone.txt"), "gone.txt");

        read.Should().Throw<InputFileException>().Which.Message.Should().StartWith("gone.txt: cannot read the file:");
    }

    [UnixFact]
    public void A_named_pipe_is_rejected_without_being_opened_so_the_run_cannot_hang()
    {
        using var temp = new TempFolder();
        var fifo = temp.Combine("pipe.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        var read = () => TextInputReader.ReadFile(fifo, "pipe.txt");

        read.Should().Throw<InputFileException>().Which.Message.Should().Be("pipe.txt: the file is empty (0 bytes); there is no text to analyse.");
    }

    [Fact]
    public void Standard_input_is_read_as_strict_UTF8_too()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Москва\r\n")).ToArray());

        TextInputReader.ReadStream(stream, "<stdin>").Should().Be("Москва\r\n");
    }
}
