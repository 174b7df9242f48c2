namespace SinoRussia.Nlp.Entities.Models;

/// <summary>The model file checksum: CRC-32 (IEEE 802.3), computed with the vectorised System.IO.Hashing implementation.</summary>
internal static class Crc32
{
    public static uint Compute(ReadOnlySpan<byte> data) => System.IO.Hashing.Crc32.HashToUInt32(data);
}
