using System.Globalization;
using System.Text;
using SinoRussia.Nlp.Documents;

namespace SinoRussia.Samples.Reports;

/// <summary>
/// Writes one self-contained HTML page (inline CSS and SVG, no external requests): each document with its entities
/// highlighted by type and each paragraph's stance as a coloured margin bar with its probabilities, then a summary
/// (stance per document, entity counts per type, legend, comparison table) that CSS places at the top. Documents are
/// written as they complete, so the page streams like the other reports.
/// </summary>
internal sealed class HtmlReportWriter : IReportSink
{
    private const int ChartRowLimit = 200;
    private const string Css = """
        *{box-sizing:border-box}
        body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1f2933;background:#f4f6f8}
        main{display:flex;flex-direction:column;max-width:980px;margin:0 auto;padding:24px}
        header{order:-2}
        .summary{order:-1}
        h1{font-size:26px;margin:0 0 4px}
        h2{font-size:20px;margin:0 0 6px}
        h3{font-size:15px;margin:18px 0 6px;text-transform:uppercase;letter-spacing:.04em;color:#52606d}
        section,article{background:#fff;border-radius:10px;box-shadow:0 1px 3px rgba(0,0,0,.08);padding:20px 24px;margin:0 0 20px}
        .meta{color:#616e7c;margin:0 0 8px;font-size:13px}
        .badge{display:inline-block;padding:1px 9px;border-radius:10px;color:#fff;font-weight:600;font-size:13px}
        .probs{font-variant-numeric:tabular-nums;color:#3e4c59;font-size:13px}
        td.probs{white-space:nowrap}
        td.src{overflow-wrap:anywhere;max-width:220px}
        a{color:#1d5fa8;text-decoration:none}
        .para{display:flex;gap:12px;margin:10px 0}
        .bar{flex:0 0 8px;display:flex;flex-direction:column;border-radius:4px;overflow:hidden;min-height:24px}
        .bar i{display:block}
        .bar.unjudged{background:repeating-linear-gradient(180deg,#e4e7eb 0 4px,#fff 4px 8px)}
        .pbody{flex:1;min-width:0}
        .pstance{font-size:12px;color:#52606d;margin-bottom:2px;font-variant-numeric:tabular-nums}
        .pstance b{font-weight:600}
        .ptext{white-space:pre-wrap;overflow-wrap:anywhere}
        mark.ent{border-radius:3px;padding:0 2px;color:inherit}
        mark.ent sub{font-size:9px;font-weight:700;color:#52606d;margin-left:2px;vertical-align:baseline}
        .legend{display:flex;flex-wrap:wrap;gap:6px 14px;font-size:13px;margin:6px 0}
        .legend span{display:inline-flex;align-items:center;gap:5px}
        .sw{display:inline-block;width:14px;height:14px;border-radius:3px}
        table{border-collapse:collapse;width:100%;font-size:13px;font-variant-numeric:tabular-nums}
        th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #e4e7eb}
        td.num,th.num{text-align:right}
        .error{color:#b42318}
        svg text{font:12px system-ui,sans-serif;fill:#1f2933}
        """;

    private readonly StreamWriter _writer;
    private int _documentCount;

    public HtmlReportWriter(Stream stream)
    {
        _writer = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024);
        var w = _writer;
        w.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
        w.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>SinoRussia.Nlp analysis</title>\n<style>\n");
        w.Write(Css);
        w.Write("\n");
        foreach (var label in EntityPalette.KnownEntityLabels)
        {
            w.Write($"mark.e-{EntityPalette.ClassName(label)}{{background:{EntityPalette.EntityColour(label)}}}\n");
        }

        w.Write("</style>\n</head>\n<body>\n<main>\n");
        w.Write("<header><h1>SinoRussia.Nlp analysis</h1><p class=\"meta\">Entities are highlighted by type; the bar left of each paragraph shows its stance probabilities (green favor, red against, grey none).</p></header>\n");
    }

    public void WriteDocument(Document document, DocumentSummary summary)
    {
        _documentCount++;
        var w = _writer;
        w.Write($"<article class=\"doc\" id=\"doc-{_documentCount}\">\n<h2>{E(summary.Title.Length > 0 ? summary.Title : summary.Source)}</h2>\n");
        w.Write($"<p class=\"meta\">{E(summary.Source)} · {summary.Words:#,0} words · {summary.Sentences:#,0} sentences · {summary.Paragraphs:#,0} paragraphs · {summary.EntityCount:#,0} entities</p>\n");
        if (summary.Stance is { } stance)
        {
            w.Write($"<p class=\"doc-stance\">Document stance: {Badge(stance.Label)} <span class=\"probs\">{E(Probabilities(stance))}</span></p>\n");
        }

        var entities = document.Entities;
        var next = 0;
        if (document.Paragraphs.Count == 0)
        {
            w.Write("<div class=\"para\"><div class=\"pbody\"><div class=\"ptext\">");
            WriteText(document, 0, document.Text.Length, entities, ref next);
            w.Write("</div></div></div>\n");
        }
        else
        {
            var previousEnd = 0;
            foreach (var paragraph in document.Paragraphs)
            {
                WriteGap(document, previousEnd, paragraph.Start, entities, ref next);
                WriteParagraph(document, paragraph, entities, ref next);
                previousEnd = paragraph.End;
            }

            WriteGap(document, previousEnd, document.Text.Length, entities, ref next);
        }

        w.Write("</article>\n");
        w.Flush();
    }

    public void WriteFailure(FailedInput failure)
    {
        _writer.Write($"<article class=\"doc failed\"><h2>{E(failure.Source)}</h2><p class=\"error\">Failed: {E(failure.Message)}</p></article>\n");
        _writer.Flush();
    }

    public void Complete(CorpusSummary corpus, bool cancelled)
    {
        var w = _writer;
        w.Write("<section class=\"summary\" id=\"summary\">\n");
        w.Write($"<h2>Summary: {corpus.Documents.Count} document{(corpus.Documents.Count == 1 ? "" : "s")} analysed{(corpus.Failures.Count > 0 ? $", {corpus.Failures.Count} failed" : "")}{(cancelled ? " (run cancelled)" : "")}</h2>\n");
        WriteStanceChart(corpus);
        WriteEntityChart(corpus);
        WriteComparison(corpus);
        if (corpus.Failures.Count > 0)
        {
            w.Write("<h3>Failed inputs</h3>\n<ul class=\"error\">\n");
            foreach (var failure in corpus.Failures)
            {
                w.Write($"<li>{E(failure.Message)}</li>\n");
            }

            w.Write("</ul>\n");
        }

        w.Write("</section>\n</main>\n</body>\n</html>\n");
        w.Flush();
    }

    public void Dispose() => _writer.Dispose();

    private void WriteParagraph(Document document, Span paragraph, EntityList entities, ref int next)
    {
        var w = _writer;
        var judgement = document.GetParagraphStance(paragraph.Index);
        if (judgement is null)
        {
            var note = document.Has(AnnotationLayer.Stance) ? "not judged" : "no stance stage";
            w.Write($"<div class=\"para\"><div class=\"bar unjudged\" title=\"Paragraph {paragraph.Index + 1}: {note}\"></div><div class=\"pbody\"><div class=\"pstance\">¶{paragraph.Index + 1} · {note}</div><div class=\"ptext\">");
        }
        else
        {
            var stance = StanceSummary.From(judgement);
            var probabilities = E(Probabilities(stance));
            w.Write($"<div class=\"para st-{EntityPalette.ClassName(stance.Label)}\"><div class=\"bar\" title=\"Paragraph {paragraph.Index + 1}: {E(stance.Label)} ({probabilities})\">");
            foreach (var (label, score) in stance.Scores)
            {
                w.Write(string.Create(CultureInfo.InvariantCulture, $"<i style=\"flex:{Math.Max(score, 0f):0.####};background:{EntityPalette.StanceColour(label)}\"></i>"));
            }

            w.Write($"</div><div class=\"pbody\"><div class=\"pstance\">¶{paragraph.Index + 1} · <b style=\"color:{EntityPalette.StanceColour(stance.Label)}\">{E(stance.Label)}</b> · {probabilities}");
            if (judgement.Evidence.Count > 0)
            {
                w.Write($" · evidence: {E(string.Join(", ", judgement.Evidence.Take(DocumentSummarizer.EvidencePerParagraph).Select(e => $"“{e.Phrase}”")))}");
            }

            w.Write("</div><div class=\"ptext\">");
        }

        WriteText(document, paragraph.Start, paragraph.End, entities, ref next);
        w.Write("</div></div></div>\n");
    }

    private void WriteGap(Document document, int start, int end, EntityList entities, ref int next)
    {
        if (end > start && !document.Text.AsSpan(start, end - start).IsWhiteSpace())
        {
            _writer.Write("<div class=\"para\"><div class=\"bar unjudged\"></div><div class=\"pbody\"><div class=\"ptext\">");
            WriteText(document, start, end, entities, ref next);
            _writer.Write("</div></div></div>\n");
        }
    }

    private void WriteText(Document document, int start, int end, EntityList entities, ref int next)
    {
        var text = document.Text;
        var position = start;
        while (next < entities.Count && entities[next].End <= start)
        {
            next++;
        }

        while (next < entities.Count && entities[next].Start < end)
        {
            var entity = entities[next];
            var from = Math.Max(entity.Start, position);
            var to = Math.Min(entity.End, end);
            WriteEscaped(text.AsSpan(position, from - position));
            var name = entity.CanonicalId is { } canonical ? $" · {canonical}" : string.Empty;
            _writer.Write(string.Create(CultureInfo.InvariantCulture, $"<mark class=\"ent e-{EntityPalette.ClassName(entity.Label)}\" style=\"background:{EntityPalette.EntityColour(entity.Label)}\" title=\"{E(entity.Label)}{E(name)} ({entity.Score:0.00})\">"));
            WriteEscaped(text.AsSpan(from, to - from));
            _writer.Write($"<sub>{E(entity.Label)}</sub></mark>");
            position = to;
            if (entity.End > end)
            {
                break;
            }

            next++;
        }

        WriteEscaped(text.AsSpan(position, end - position));
    }

    private void WriteStanceChart(CorpusSummary corpus)
    {
        var rows = corpus.Documents.Where(d => d.Stance is not null).Take(ChartRowLimit).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        const int labelWidth = 260;
        const int barWidth = 420;
        const int rowHeight = 26;
        var height = (rows.Count * rowHeight) + 8;
        var w = _writer;
        w.Write("<h3>Stance per document</h3>\n");
        w.Write($"<svg class=\"chart stance-chart\" role=\"img\" aria-label=\"Stance probabilities per document\" width=\"{labelWidth + barWidth + 90}\" height=\"{height}\" viewBox=\"0 0 {labelWidth + barWidth + 90} {height}\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = (i * rowHeight) + 4;
            w.Write(string.Create(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 15}\">{E(ShortenLeft(row.Source, 38))}</text>\n"));
            double x = labelWidth;
            foreach (var (label, score) in row.Stance!.Scores)
            {
                var width = barWidth * Math.Clamp(score, 0f, 1f);
                w.Write(string.Create(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y}\" width=\"{width:0.#}\" height=\"{rowHeight - 8}\" fill=\"{EntityPalette.StanceColour(label)}\"><title>{E(row.Source)}: {E(label)} {score:0.00}</title></rect>\n"));
                x += width;
            }

            w.Write(string.Create(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + barWidth + 8}\" y=\"{y + 15}\" font-weight=\"600\">{E(row.Stance.Label)} {row.Stance.ScoreOf(row.Stance.Label):0.00}</text>\n"));
        }

        w.Write("</svg>\n");
        if (corpus.Documents.Count > rows.Count)
        {
            w.Write($"<p class=\"meta\">Chart shows the first {rows.Count} documents with a stance; the table below lists all.</p>\n");
        }

        w.Write("<div class=\"legend\">");
        foreach (var label in new[] { "favor", "against", "none" })
        {
            w.Write($"<span><i class=\"sw\" style=\"background:{EntityPalette.StanceColour(label)}\"></i>{label}</span>");
        }

        w.Write("</div>\n");
    }

    private void WriteEntityChart(CorpusSummary corpus)
    {
        var counts = corpus.EntityCountsByType.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        if (counts.Count == 0)
        {
            return;
        }

        const int labelWidth = 90;
        const int barWidth = 480;
        const int rowHeight = 22;
        var max = counts.Max(p => p.Value);
        var height = (counts.Count * rowHeight) + 6;
        var w = _writer;
        w.Write("<h3>Entities per type</h3>\n");
        w.Write($"<svg class=\"chart entity-chart\" role=\"img\" aria-label=\"Entity counts per type\" width=\"{labelWidth + barWidth + 70}\" height=\"{height}\" viewBox=\"0 0 {labelWidth + barWidth + 70} {height}\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        for (var i = 0; i < counts.Count; i++)
        {
            var (label, count) = counts[i];
            var y = (i * rowHeight) + 3;
            var width = Math.Max(1.0, barWidth * (double)count / max);
            w.Write(string.Create(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 13}\">{E(label)}</text><rect x=\"{labelWidth}\" y=\"{y}\" width=\"{width:0.#}\" height=\"{rowHeight - 6}\" rx=\"3\" fill=\"{EntityPalette.EntityColour(label)}\" stroke=\"#9aa5b1\" stroke-width=\"0.5\"/><text x=\"{labelWidth + width + 6:0.#}\" y=\"{y + 13}\">{count}</text>\n"));
        }

        w.Write("</svg>\n<div class=\"legend entity-legend\">");
        foreach (var (label, _) in counts)
        {
            w.Write($"<span><mark class=\"ent e-{EntityPalette.ClassName(label)}\" style=\"background:{EntityPalette.EntityColour(label)}\">{E(label)}</mark></span>");
        }

        w.Write("</div>\n");
    }

    private void WriteComparison(CorpusSummary corpus)
    {
        if (corpus.Documents.Count == 0)
        {
            return;
        }

        var w = _writer;
        w.Write("<h3>Documents</h3>\n<table class=\"comparison\"><thead><tr><th>#</th><th>Document</th><th>Title</th><th>Stance</th><th>Probabilities</th><th class=\"num\">Words</th><th class=\"num\">Entities</th></tr></thead><tbody>\n");
        for (var i = 0; i < corpus.Documents.Count; i++)
        {
            var row = corpus.Documents[i];
            var stance = row.Stance is { } s ? Badge(s.Label) : "–";
            var probabilities = row.Stance is { } p ? E(Probabilities(p)) : string.Empty;
            w.Write($"<tr><td>{i + 1}</td><td class=\"src\"><a href=\"#doc-{i + 1}\">{E(row.Source)}</a></td><td>{E(Shorten(row.Title, 70))}</td><td>{stance}</td><td class=\"probs\">{probabilities}</td><td class=\"num\">{row.Words:#,0}</td><td class=\"num\">{row.Entities:#,0}</td></tr>\n");
        }

        w.Write("</tbody></table>\n");
        var pairs = corpus.TopPairs(ConsoleReportRenderer.TopPairCount);
        if (pairs.Count > 0)
        {
            w.Write("<h3>Entity pairs that co-occur most in a sentence</h3>\n<table class=\"pairs\"><thead><tr><th>Pair</th><th class=\"num\">Sentences</th><th class=\"num\">Documents</th></tr></thead><tbody>\n");
            foreach (var pair in pairs)
            {
                w.Write($"<tr><td>{E(pair.First)} + {E(pair.Second)}</td><td class=\"num\">{pair.Sentences}</td><td class=\"num\">{pair.Documents}</td></tr>\n");
            }

            w.Write("</tbody></table>\n");
        }
    }

    private void WriteEscaped(ReadOnlySpan<char> text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var replacement = text[i] switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (replacement is not null)
            {
                _writer.Write(text[start..i]);
                _writer.Write(replacement);
                start = i + 1;
            }
        }

        _writer.Write(text[start..]);
    }

    private static string Badge(string label) =>
        $"<span class=\"badge\" style=\"background:{EntityPalette.StanceColour(label)}\">{E(label)}</span>";

    private static string Probabilities(StanceSummary stance) =>
        string.Join(" · ", stance.Scores.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value:0.00}")));

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    private static string ShortenLeft(string text, int max) => text.Length <= max ? text : string.Concat("…", text.AsSpan(text.Length - max + 1));

    private static string E(string text)
    {
        if (text.AsSpan().IndexOfAny("<>&\"'") < 0)
        {
            return text;
        }

        return new StringBuilder(text.Length + 16).Append(text)
            .Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;")
            .ToString();
    }
}
