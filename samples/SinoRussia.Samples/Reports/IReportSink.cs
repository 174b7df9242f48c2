using SinoRussia.Nlp.Documents;

namespace SinoRussia.Samples.Reports;

/// <summary>A destination of an <c>analyze</c> run's results, written as documents complete, in input order.</summary>
internal interface IReportSink : IDisposable
{
    void WriteDocument(Document document, DocumentSummary summary);

    void WriteFailure(FailedInput failure);

    /// <summary>Writes what comes after the documents; called also when the run was cancelled, so output stays well-formed.</summary>
    void Complete(CorpusSummary corpus, bool cancelled);
}
