namespace SinoRussia.Nlp.Entities.Models;

internal static class Crc32
{
    private static readonly uint[] Table = CreateTable();

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static uint Compute(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        var i = 0;
        for (; i + 4 <= data.Length; i += 4)
        {
            crc ^= System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(data[i..]);
            crc = Table[(3 * 256) + (crc & 0xFF)] ^ Table[(2 * 256) + ((crc >> 8) & 0xFF)] ^ Table[256 + ((crc >> 16) & 0xFF)] ^ Table[crc >> 24];
        }

        for (; i < data.Length; i++)
        {
            crc = Table[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] CreateTable()
    {
        var table = new uint[4 * 256];
        for (uint i = 0; i < 256; i++)
        {
            var c = i;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[i] = c;
        }

        for (var t = 1; t < 4; t++)
        {
            for (var i = 0; i < 256; i++)
            {
                var previous = table[((t - 1) * 256) + i];
                table[(t * 256) + i] = (previous >> 8) ^ table[previous & 0xFF];
            }
        }

        return table;
    }
}
