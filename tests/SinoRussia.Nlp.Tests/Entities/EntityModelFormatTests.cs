using SinoRussia.Nlp.Entities.Models;
using SinoRussia.Nlp.Tests.TestSupport;

namespace SinoRussia.Nlp.Tests.Entities;

public class EntityModelFormatTests
{
    public static TheoryData<string, string> Corruptions => new()
    {
        { "truncated", "*truncated*" },
        { "bit-flipped", "*checksum*" },
        { "foreign", "*not a SinoRussia.Nlp entity model*" },
        { "empty", "*empty*" },
        { "header-only", "*truncated*" },
    };

    [Theory]
    [MemberData(nameof(Corruptions))]
    public void A_damaged_or_foreign_model_file_throws_an_exception_naming_the_file(string kind, string message)
    {
        var bytes = EntityModelFixtures.Bytes(EntityModelFixtures.Tiny());
        var damaged = kind switch
        {
            "truncated" => bytes[..(bytes.Length / 2)],
            "bit-flipped" => Flip(bytes, bytes.Length / 3),
            "foreign" => "PK\u0003\u0004 this is a zip file, not a model"u8.ToArray(),
            "empty" => [],
            _ => bytes[..20],
        };
        var path = Path.Combine(Path.GetTempPath(), $"ner-{kind}-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, damaged);
        try
        {
            var act = () => EntityModel.Load(path);
            act.Should().Throw<ModelFormatException>().WithMessage($"*{Path.GetFileName(path)}*").WithMessage(message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_model_file_throws_a_model_format_exception_naming_it()
    {
        var act = () => EntityModel.Load("no-such-model.bin");
        act.Should().Throw<ModelFormatException>().WithMessage("*no-such-model.bin*");
    }

    [Fact]
    public void Every_single_byte_truncation_is_rejected_without_a_crash()
    {
        var bytes = EntityModelFixtures.Bytes(EntityModelFixtures.Tiny());
        for (var length = 0; length < bytes.Length; length += Math.Max(1, bytes.Length / 97))
        {
            var act = () => EntityModel.Load(new MemoryStream(bytes[..length]), "cut.bin");
            act.Should().Throw<ModelFormatException>();
        }
    }

    [Fact]
    public void The_shipped_model_saved_again_is_byte_identical_and_the_embedded_copy_read_in_place_matches_it()
    {
        var path = Path.Combine(ApprovedFile.RepositoryRoot(), "models", "ner", "default-ner.bin");
        var fromFile = EntityModel.Load(path);
        using var saved = new MemoryStream();

        fromFile.Save(saved);

        saved.ToArray().Should().Equal(File.ReadAllBytes(path));
        using var embedded = new MemoryStream();
        EntityModel.Default.Save(embedded);
        embedded.ToArray().Should().Equal(saved.ToArray());
    }

    private static byte[] Flip(byte[] bytes, int index)
    {
        var copy = (byte[])bytes.Clone();
        copy[index] ^= 0x10;
        return copy;
    }
}
