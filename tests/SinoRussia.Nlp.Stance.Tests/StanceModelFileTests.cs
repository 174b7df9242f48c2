using System.IO.Compression;

namespace SinoRussia.Nlp.Stance.Tests;

public class StanceModelFileTests
{
    [Fact]
    public void A_saved_model_loads_back_with_the_same_metadata_and_predictions()
    {
        var path = TestData.TempPath("tiny.zip");
        TestData.TinyModel.Save(path);

        var loaded = StanceModel.Load(path);

        loaded.Source.Should().Be(path);
        loaded.Labels.Should().Equal(TestData.TinyModel.Labels);
        loaded.Metadata.TrainingDataHash.Should().Be(TestData.TinyModel.Metadata.TrainingDataHash);
        loaded.Metadata.Checksums.Should().ContainKeys("features.bin", "mlnet-model.zip");
        loaded.PredictBatch(TestData.Tiny).Select(j => (j.Label, j.Scores["favor"])).Should().Equal(TestData.TinyModel.PredictBatch(TestData.Tiny).Select(j => (j.Label, j.Scores["favor"])));
    }

    [Fact]
    public void A_truncated_model_file_is_reported_with_its_name()
    {
        var bytes = Save();
        var path = TestData.TempPath("truncated.zip");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var act = () => StanceModel.Load(path);

        act.Should().Throw<StanceModelException>().Which.Message.Should().Contain(path).And.Contain("truncated");
    }

    [Fact]
    public void A_corrupted_entry_fails_its_checksum()
    {
        var path = TestData.TempPath("corrupt.zip");
        File.WriteAllBytes(path, Save());
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("features.bin")!;
            byte[] content;
            using (var s = entry.Open())
            {
                using var copy = new MemoryStream();
                s.CopyTo(copy);
                content = copy.ToArray();
            }

            content[^1] ^= 0x5A;
            entry.Delete();
            using var w = zip.CreateEntry("features.bin").Open();
            w.Write(content);
        }

        var act = () => StanceModel.Load(path);

        act.Should().Throw<StanceModelException>().Which.Message.Should().Contain(path).And.Contain("checksum of features.bin does not match");
    }

    [Theory]
    [InlineData("not a zip file at all", "not a readable zip archive")]
    [InlineData("", "is empty")]
    public void A_foreign_file_is_rejected_with_its_name(string content, string expected)
    {
        var path = TestData.TempFile("foreign.zip", content);

        var act = () => StanceModel.Load(path);

        act.Should().Throw<StanceModelException>().Which.Message.Should().Contain(path).And.Contain(expected);
    }

    [Fact]
    public void A_plain_ML_NET_model_is_recognised_as_such()
    {
        var path = TestData.TempPath("plain.zip");
        File.WriteAllBytes(path, TestData.TinyModel.MlNetModel);

        var act = () => StanceModel.Load(path);

        act.Should().Throw<StanceModelException>().WithMessage("*plain ML.NET model*");
    }

    [Fact]
    public void A_model_of_a_newer_format_version_is_rejected()
    {
        var path = TestData.TempPath("future.zip");
        File.WriteAllBytes(path, Save());
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("metadata.json")!;
            string json;
            using (var reader = new StreamReader(entry.Open()))
            {
                json = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("metadata.json").Open());
            writer.Write(json.Replace("\"format_version\": 1", "\"format_version\": 99", StringComparison.Ordinal));
        }

        var act = () => StanceModel.Load(path);

        act.Should().Throw<StanceModelException>().WithMessage("*format version 99*");
    }

    [Fact]
    public void A_missing_model_file_is_reported()
    {
        var act = () => StanceModel.Load(Path.Combine(Path.GetTempPath(), "no-such-model.zip"));

        act.Should().Throw<StanceModelException>().WithMessage("*does not exist*");
    }

    [Fact]
    public void A_model_for_another_target_or_label_set_is_rejected_where_they_are_fixed()
    {
        var wrongTarget = () => new StanceClassifier(new StanceClassifierOptions { Model = TestData.TinyModel, RequiredTarget = "Sino-Russian alignment" });
        var wrongLabels = () => new StanceClassifier(new StanceClassifierOptions { Model = TestData.TinyModel, RequiredLabels = ["favor", "against"] });

        wrongTarget.Should().Throw<StanceModelException>().WithMessage("*is for target 'custom', but 'Sino-Russian alignment' is required*");
        wrongLabels.Should().Throw<StanceModelException>().WithMessage("*has labels [favor, against, none], but [favor, against] are required*");
    }

    [Fact]
    public void The_default_model_loads_from_the_package_and_is_for_Sino_Russian_alignment()
    {
        var model = StanceModel.Default;

        model.Source.Should().Be("embedded");
        model.Target.Should().Be("Sino-Russian alignment");
        model.Labels.Should().Equal("favor", "against", "none");
        model.Metadata.CrossValidationMacroF1.Should().NotBeNull();
    }

    [Theory]
    [InlineData("Moscow and Beijing have built a durable strategic partnership that keeps deepening year after year, and both leaderships regard each other as their most reliable partner in a long contest with the West.", "favor")]
    [InlineData("The relationship is shallow, fragile and marked by mistrust; it is a marriage of convenience between unequal partners that will not become an alliance.", "against")]
    public void The_default_model_judges_clear_paragraphs_as_expected(string text, string expected)
    {
        StanceModel.Default.Predict(text).Label.Should().Be(expected);
    }

    private static byte[] Save()
    {
        using var stream = new MemoryStream();
        TestData.TinyModel.Save(stream);
        return stream.ToArray();
    }
}
