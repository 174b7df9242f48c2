using System.Text.Json;
using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Serialization;

namespace SinoRussia.Samples.Reports;

/// <summary>
/// Writes JSON Lines: one document object per line in the output contract, flushed to disk line by line, so an
/// interrupted run leaves valid JSON Lines up to the last complete document. A failed input is a line
/// <c>{"source": …, "error": …}</c>.
/// </summary>
internal sealed class JsonLinesReportWriter : IReportSink
{
    private readonly FileStream? _file;
    private readonly Stream _stream;
    private readonly Utf8JsonWriter _writer;

    public JsonLinesReportWriter(Stream stream)
    {
        _stream = stream;
        _file = stream as FileStream;
        _writer = new Utf8JsonWriter(stream, JsonOutput.Options(indented: false));
    }

    public void WriteDocument(Document document, DocumentSummary summary)
    {
        DocumentJsonWriter.Write(_writer, document, summary.Source);
        EndLine();
    }

    public void WriteFailure(FailedInput failure)
    {
        _writer.WriteStartObject();
        _writer.WriteString("source", failure.Source);
        _writer.WriteString("error", failure.Message);
        _writer.WriteEndObject();
        EndLine();
    }

    public void Complete(CorpusSummary corpus, bool cancelled) => _stream.Flush();

    public void Dispose()
    {
        _writer.Dispose();
        _stream.Dispose();
    }

    private void EndLine()
    {
        _writer.Flush();
        _writer.Reset();
        _stream.WriteByte((byte)'\n');
        if (_file is not null)
        {
            _file.Flush(flushToDisk: false);
        }
        else
        {
            _stream.Flush();
        }
    }
}
