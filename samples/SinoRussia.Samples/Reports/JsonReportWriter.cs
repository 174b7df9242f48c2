using System.Text.Json;
using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Serialization;

namespace SinoRussia.Samples.Reports;

/// <summary>
/// Writes <c>{"documents": [...]}</c> in the output contract, one document at a time as it completes, and closes the
/// object at the end (also after a cancelled run). Failed inputs go to an <c>"errors"</c> array, present only when
/// some input failed.
/// </summary>
internal sealed class JsonReportWriter : IReportSink
{
    private readonly Stream _stream;
    private readonly Utf8JsonWriter _writer;
    private readonly List<FailedInput> _failures = [];

    public JsonReportWriter(Stream stream)
    {
        _stream = stream;
        _writer = new Utf8JsonWriter(stream, JsonOutput.Options(indented: true));
        _writer.WriteStartObject();
        _writer.WriteStartArray("documents");
    }

    public void WriteDocument(Document document, DocumentSummary summary)
    {
        DocumentJsonWriter.Write(_writer, document, summary.Source);
        _writer.Flush();
    }

    public void WriteFailure(FailedInput failure) => _failures.Add(failure);

    public void Complete(CorpusSummary corpus, bool cancelled)
    {
        _writer.WriteEndArray();
        if (_failures.Count > 0)
        {
            _writer.WriteStartArray("errors");
            foreach (var failure in _failures)
            {
                _writer.WriteStartObject();
                _writer.WriteString("source", failure.Source);
                _writer.WriteString("error", failure.Message);
                _writer.WriteEndObject();
            }

            _writer.WriteEndArray();
        }

        _writer.WriteEndObject();
        _writer.Flush();
        _stream.WriteByte((byte)'\n');
        _stream.Flush();
    }

    public void Dispose()
    {
        _writer.Dispose();
        _stream.Dispose();
    }
}
