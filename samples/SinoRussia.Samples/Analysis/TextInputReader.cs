using System.Text;

namespace SinoRussia.Samples.Analysis;

/// <summary>
/// Reads an input as strict UTF-8: a leading BOM is removed, line endings are kept, and a file that is empty,
/// binary (contains NUL bytes) or not valid UTF-8 is rejected with a message naming it (and the line and column
/// of the first invalid byte).
/// </summary>
internal static class TextInputReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadFile(string path, string source)
    {
        byte[] bytes;
        try
        {
            // FIFOs and devices report 0 bytes; opening one could block forever, so a 0-byte entry is never opened.
            if (new FileInfo(path).Length == 0)
            {
                throw new InputFileException($"{source}: the file is empty (0 bytes); there is no text to analyse.");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException($"{source}: cannot read the file: {ex.Message}", ex);
        }

        return Decode(bytes, source);
    }

    public static string ReadStream(Stream stream, string source)
    {
        using var buffer = new MemoryStream();
        try
        {
            stream.CopyTo(buffer);
        }
        catch (IOException ex)
        {
            throw new InputFileException($"{source}: cannot read: {ex.Message}", ex);
        }

        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), source);
    }

    public static string Decode(ReadOnlySpan<byte> bytes, string source)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (bytes.IsEmpty)
        {
            throw new InputFileException($"{source}: the file is empty; there is no text to analyse.");
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, column) = LineAndColumn(bytes, nul);
            throw new InputFileException($"{source}: looks like a binary file (NUL byte at line {line}, column {column}); analyze reads UTF-8 text only.");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = FirstInvalidByte(bytes);
            var (line, column) = LineAndColumn(bytes, offset);
            throw new InputFileException($"{source}: invalid UTF-8 at line {line}, column {column} (byte offset {offset}, 0x{bytes[offset]:X2}); save the file as UTF-8.", ex);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputFileException($"{source}: the file holds only whitespace; there is no text to analyse.");
        }

        return text;
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return Math.Max(0, bytes.Length - 1);
    }

    private static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = 1;
        var position = lineStart;
        while (position < offset)
        {
            Rune.DecodeFromUtf8(bytes[position..offset], out _, out var consumed);
            position += Math.Max(1, consumed);
            column++;
        }

        return (line, column);
    }
}
