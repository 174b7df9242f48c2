using System.Buffers.Binary;
using System.IO.Compression;

namespace SinoRussia.Samples.Tests.TestSupport;

/// <summary>Just enough PNG reading to tell a rendered page from a blank one: size and the number of distinct colours.</summary>
internal static class PngImage
{
    public static (int Width, int Height, int DistinctColours) Inspect(string path)
    {
        var bytes = File.ReadAllBytes(path);
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        if (!bytes.AsSpan().StartsWith(signature))
        {
            throw new InvalidDataException($"{path} is not a PNG file.");
        }

        int width = 0, height = 0, bitDepth = 0, colourType = 0;
        using var idat = new MemoryStream();
        for (var offset = 8; offset + 8 <= bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(bytes, offset + 4, 4);
            var data = bytes.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                bitDepth = data[8];
                colourType = data[9];
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            offset += 12 + length;
        }

        var channels = colourType switch { 2 => 3, 6 => 4, 0 => 1, 4 => 2, _ => throw new InvalidDataException($"PNG colour type {colourType} is not handled.") };
        if (bitDepth != 8)
        {
            throw new InvalidDataException($"PNG bit depth {bitDepth} is not handled.");
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        return (width, height, CountColours(inflated.GetBuffer().AsSpan(0, (int)inflated.Length), width, height, channels));
    }

    private static int CountColours(ReadOnlySpan<byte> raw, int width, int height, int channels)
    {
        var stride = width * channels;
        var previous = new byte[stride];
        var current = new byte[stride];
        var colours = new HashSet<int>();
        for (var y = 0; y < height; y++)
        {
            var row = raw.Slice(y * (stride + 1), stride + 1);
            var filter = row[0];
            for (var x = 0; x < stride; x++)
            {
                int left = x >= channels ? current[x - channels] : 0;
                int up = previous[x];
                int upLeft = x >= channels ? previous[x - channels] : 0;
                current[x] = (byte)(row[x + 1] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"PNG filter {filter} is not valid."),
                });
            }

            for (var x = 0; x + 2 < stride && colours.Count < 10_000; x += channels)
            {
                colours.Add((current[x] << 16) | (current[x + 1] << 8) | current[x + 2]);
            }

            (previous, current) = (current, previous);
        }

        return colours.Count;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
