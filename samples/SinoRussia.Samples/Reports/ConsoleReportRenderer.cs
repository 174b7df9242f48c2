using System.Globalization;
using SinoRussia.Nlp.Documents;

namespace SinoRussia.Samples.Reports;

/// <summary>Renders the human-readable report: a section per document, then a comparison across documents.</summary>
internal sealed class ConsoleReportRenderer : IReportSink
{
    public const int TopPairCount = 10;
    private const int ComparisonSourceWidth = 28;
    private readonly TextWriter _out;

    public ConsoleReportRenderer(TextWriter output)
    {
        _out = output;
    }

    public void WriteDocument(Document document, DocumentSummary summary)
    {
        var o = _out;
        o.WriteLine();
        o.WriteLine($"== {summary.Source} ==");
        if (summary.Title.Length > 0)
        {
            o.WriteLine(summary.Title);
        }

        o.WriteLine($"  {N(summary.Words)} words · {N(summary.Sentences)} sentences · {N(summary.Paragraphs)} paragraphs · {N(summary.EntityCount)} entities");
        o.WriteLine(summary.Stance is { } stance
            ? $"  Stance: {stance.Label,-8} ({Scores(stance)})"
            : "  Stance: not judged (the pipeline has no stance stage)");
        if (summary.TopParagraphs.Count > 0)
        {
            o.WriteLine($"  Paragraphs that weigh most toward '{summary.Stance!.Label}':");
            foreach (var p in summary.TopParagraphs)
            {
                o.WriteLine($"    ¶{p.Index + 1,-4} {p.Stance.Label,-8} {Scores(p.Stance)}");
                o.WriteLine($"          \"{p.Preview}\"");
                if (p.Evidence.Count > 0)
                {
                    o.WriteLine($"          evidence: {string.Join(", ", p.Evidence.Select(e => $"\"{e}\""))}");
                }
            }
        }

        if (summary.TopEntitiesByType.Count > 0)
        {
            o.WriteLine("  Top entities:");
            var width = summary.TopEntitiesByType.Keys.Max(k => k.Length);
            foreach (var (label, groups) in summary.TopEntitiesByType.OrderByDescending(p => summary.EntityCountsByType[p.Key]).ThenBy(p => p.Key, StringComparer.Ordinal))
            {
                var items = groups.Select(g => g.Spellings.Where(x => x != g.Name).ToList() is { Count: > 0 } others
                    ? $"{g.Name} ×{g.Count} ({string.Join(", ", others.Take(3))})"
                    : $"{g.Name} ×{g.Count}");
                o.WriteLine($"    {label.PadRight(width)}  {string.Join(" · ", items)}");
            }
        }
        else if (!document.Has(AnnotationLayer.Entities))
        {
            o.WriteLine("  Entities: not recognised (the pipeline has no entity stage)");
        }

        o.Flush();
    }

    public void WriteFailure(FailedInput failure)
    {
        _out.WriteLine();
        _out.WriteLine($"== {failure.Source} ==");
        _out.WriteLine($"  FAILED: {failure.Message}");
        _out.Flush();
    }

    public void Complete(CorpusSummary corpus, bool cancelled)
    {
        var o = _out;
        o.WriteLine();
        o.WriteLine($"== Across {corpus.Documents.Count} document{(corpus.Documents.Count == 1 ? "" : "s")}{(cancelled ? " (run cancelled)" : "")} ==");
        if (corpus.Documents.Count > 0)
        {
            var labels = corpus.Documents.Where(d => d.Stance is not null).SelectMany(d => d.Stance!.Scores.Select(s => s.Key)).Distinct().ToList();
            o.WriteLine("Stance per document:");
            o.Write($"  {"document".PadRight(ComparisonSourceWidth)}  {"words",7}  {"stance",-8}");
            foreach (var label in labels)
            {
                o.Write($"  {label,7}");
            }

            o.WriteLine("  title");
            foreach (var row in corpus.Documents)
            {
                o.Write($"  {Fit(row.Source, ComparisonSourceWidth)}  {N(row.Words),7}  {row.Stance?.Label ?? "-",-8}");
                foreach (var label in labels)
                {
                    o.Write($"  {(row.Stance is null ? "-" : F(row.Stance.ScoreOf(label))),7}");
                }

                o.WriteLine($"  {Fit(row.Title, 60).TrimEnd()}");
            }

            var stanceCounts = corpus.StanceCounts();
            if (stanceCounts.Count > 0)
            {
                o.WriteLine($"  documents per stance: {string.Join(" · ", stanceCounts.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}"))}");
            }

            if (corpus.EntityCountsByType.Count > 0)
            {
                o.WriteLine($"Entities per type: {string.Join(" · ", corpus.EntityCountsByType.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {N(p.Value)}"))}");
            }

            var pairs = corpus.TopPairs(TopPairCount);
            if (pairs.Count > 0)
            {
                o.WriteLine("Entity pairs that co-occur most in a sentence:");
                var width = pairs.Max(p => p.First.Length + p.Second.Length + 3);
                foreach (var pair in pairs)
                {
                    o.WriteLine($"  {(pair.First + " + " + pair.Second).PadRight(width)}  {N(pair.Sentences)} sentence{(pair.Sentences == 1 ? "" : "s")} in {pair.Documents} document{(pair.Documents == 1 ? "" : "s")}");
                }
            }
        }

        o.Flush();
    }

    public void Dispose() => _out.Flush();

    private static string Scores(StanceSummary stance) =>
        string.Join(" · ", stance.Scores.Select(s => $"{s.Key} {F(s.Value)}"));

    private static string F(float value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Fit(string text, int width) =>
        text.Length <= width ? text.PadRight(width) : string.Concat(text.AsSpan(0, width - 1), "…");
}
