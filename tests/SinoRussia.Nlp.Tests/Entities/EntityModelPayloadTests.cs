using System.Buffers.Binary;
using SinoRussia.Nlp.Entities.Models;

namespace SinoRussia.Nlp.Tests.Entities;

// Damage inside a payload whose header and checksum are made consistent again, so the parser itself must catch it.
public class EntityModelPayloadTests
{
    private const int HeaderBytes = 20;

    private static byte[] Resealed(byte[] payload)
    {
        var file = new byte[HeaderBytes + payload.Length];
        "SRNERMDL"u8.CopyTo(file);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(8), 3);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(12), payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(16), System.IO.Hashing.Crc32.HashToUInt32(payload));
        payload.CopyTo(file, HeaderBytes);
        return file;
    }

    // Offset of the string-count field: after the metadata string, the labels and the gazetteer names.
    private static int StringCountOffset(byte[] payload)
    {
        var p = 0;
        p += 4 + BinaryPrimitives.ReadInt32LittleEndian(payload.AsSpan(p));
        for (var list = 0; list < 2; list++)
        {
            var count = BinaryPrimitives.ReadInt32LittleEndian(payload.AsSpan(p));
            p += 4;
            for (var i = 0; i < count; i++)
            {
                p += 4 + BinaryPrimitives.ReadInt32LittleEndian(payload.AsSpan(p));
            }
        }

        return p;
    }

    private static int WordSectionOffset(byte[] payload)
    {
        var p = StringCountOffset(payload);
        var strings = BinaryPrimitives.ReadInt32LittleEndian(payload.AsSpan(p));
        p += 4;
        for (var i = 0; i < strings; i++)
        {
            p += 4 + BinaryPrimitives.ReadInt32LittleEndian(payload.AsSpan(p));
        }

        return p;
    }

    private static Action Loading(byte[] file) => () =>
    {
        using var stream = new MemoryStream(file);
        EntityModel.Load(stream, "damaged.bin");
    };

    private static byte[] Payload() => EntityModelFixtures.Bytes(EntityModelFixtures.Tiny())[HeaderBytes..];

    [Fact]
    public void An_impossible_string_count_is_reported_not_allocated()
    {
        var payload = Payload();
        BinaryPrimitives.WriteInt32LittleEndian(payload.AsSpan(StringCountOffset(payload)), int.MaxValue);
        Loading(Resealed(payload)).Should().Throw<ModelFormatException>().WithMessage("*damaged.bin*string count*");
    }

    [Fact]
    public void A_word_whose_cluster_refers_past_the_strings_is_reported()
    {
        var payload = Payload();
        var words = WordSectionOffset(payload);
        var strings = BinaryPrimitives.ReadInt32LittleEndian(payload.AsSpan(StringCountOffset(payload)));

        // First word record: count, trained count, then atom, gazetteer flags, six forms and four cluster ids.
        var firstCluster = words + 8 + (4 * 8);
        BinaryPrimitives.WriteInt32LittleEndian(payload.AsSpan(firstCluster), strings);
        Loading(Resealed(payload)).Should().Throw<ModelFormatException>().WithMessage("*damaged.bin*cluster string*out of range*");
    }

    [Fact]
    public void A_cut_feature_section_is_reported_as_truncated()
    {
        var payload = Payload();
        Loading(Resealed(payload[..^40])).Should().Throw<ModelFormatException>().WithMessage("*damaged.bin*");
    }
}
