using System.Text.Json;
using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Serialization;
using SinoRussia.Nlp.Tests.TestSupport;

namespace SinoRussia.Nlp.Tests.Serialization;

public class DocumentJsonWriterTests
{
    [Fact]
    public void A_document_is_written_in_the_contract_shape()
    {
        var document = TestDocuments.Tokenized("China and Russia met.");
        document.SetSentences([new TokenRange(0, 4)]);
        document.SetParagraphs([new TokenRange(0, 4)]);
        document.SetEntities([new EntityAnnotation(0, 5, "GPE", 0.99f)]);
        var scores = new Dictionary<string, float> { ["favor"] = 0.7f, ["against"] = 0.2f, ["none"] = 0.1f };
        var judgement = new StanceJudgement("Sino-Russian alignment", "favor", scores, [new StanceEvidence("met", "favor", 0.5f)]);
        document.SetStance(judgement, [judgement]);

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            DocumentJsonWriter.Write(writer, document, "a.txt");
        }

        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;
        root.GetProperty("source").GetString().Should().Be("a.txt");
        var entity = root.GetProperty("entities")[0];
        (entity.GetProperty("start").GetInt32(), entity.GetProperty("end").GetInt32(), entity.GetProperty("label").GetString(), entity.GetProperty("text").GetString())
            .Should().Be((0, 5, "GPE", "China"));
        entity.GetProperty("score").GetDouble().Should().BeApproximately(0.99, 1e-6);
        root.GetProperty("sentences")[0].GetProperty("end").GetInt32().Should().Be(21);
        var paragraph = root.GetProperty("paragraphs")[0];
        paragraph.GetProperty("index").GetInt32().Should().Be(0);
        paragraph.GetProperty("stance").GetProperty("label").GetString().Should().Be("favor");
        root.GetProperty("stance").GetProperty("scores").GetProperty("against").GetDouble().Should().BeApproximately(0.2, 1e-6);
    }

    [Fact]
    public void Text_needing_escapes_round_trips()
    {
        const string text = "\"Quoted\" \u2014 \u0001 \ud83d\ude00";
        var document = TestDocuments.Tokenized(text);
        document.SetEntities([new EntityAnnotation(0, 8, "WORK_OF_ART")]);

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            DocumentJsonWriter.Write(writer, document, null);
        }

        using var json = JsonDocument.Parse(stream.ToArray());
        json.RootElement.GetProperty("entities")[0].GetProperty("text").GetString().Should().Be("\"Quoted\"");
        json.RootElement.TryGetProperty("stance", out _).Should().BeFalse();
    }
}
