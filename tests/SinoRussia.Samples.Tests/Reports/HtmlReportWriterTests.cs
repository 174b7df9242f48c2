using SinoRussia.Samples.Reports;
using SinoRussia.Samples.Tests.TestSupport;
using static SinoRussia.Samples.Tests.TestSupport.HandDocument;

namespace SinoRussia.Samples.Tests.Reports;

public class HtmlReportWriterTests
{
    internal static string Render(bool cancelled = false)
    {
        var documents = new[]
        {
            ("hostile<1>.txt", new HandDocument("Title & <b>bold</b>\n\nChina and Russia are partners. <script>alert('x')</script>\n\nPutin said so.")
                .Entity("China", "GPE").Entity("Russia", "GPE").Entity("Putin", "PERSON", "Vladimir Putin")
                .Stance(Judgement(0.7f, 0.2f, 0.1f), null, Judgement(0.8f, 0.1f, 0.1f, "are partners"), Judgement(0.3f, 0.1f, 0.6f))
                .Build()),
            ("rivals.txt", new HandDocument("Rivals\n\nRussia and China are rivals in Central Asia, says the EEU.")
                .Entity("China", "GPE").Entity("Russia", "GPE").Entity("Central Asia", "LOC").Entity("EEU", "ORG", "Eurasian Economic Union")
                .Stance(Judgement(0.1f, 0.75f, 0.15f), null, Judgement(0.05f, 0.85f, 0.1f, "rivals"))
                .Build()),
        };
        using var stream = new MemoryStream();
        var corpus = new CorpusSummary();
        using (var writer = new HtmlReportWriter(stream))
        {
            foreach (var (source, document) in documents)
            {
                var summary = DocumentSummarizer.Summarize(document, source);
                corpus.Add(summary);
                writer.WriteDocument(document, summary);
            }

            var failure = new FailedInput("bad&.txt", "bad&.txt: the file is empty");
            corpus.AddFailure(failure.Source, failure.Message);
            writer.WriteFailure(failure);
            writer.Complete(corpus, cancelled);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Text_from_documents_and_names_is_html_escaped()
    {
        var html = Render();

        html.Should().Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
            .And.Contain("Title &amp; &lt;b&gt;bold&lt;/b&gt;")
            .And.Contain("hostile&lt;1&gt;.txt")
            .And.Contain("bad&amp;.txt: the file is empty")
            .And.NotContain("<script").And.NotContain("<b>");
    }

    [Fact]
    public void Entities_are_marked_with_their_type_and_canonical_name()
    {
        var html = Render();

        html.Should().Contain("<mark class=\"ent e-GPE\" style=\"background:#bfe3f5\" title=\"GPE (0.90)\">China<sub>GPE</sub></mark>")
            .And.Contain("title=\"PERSON · Vladimir Putin (0.90)\">Putin<sub>PERSON</sub></mark>")
            .And.Contain(">Central Asia<sub>LOC</sub></mark>");
    }

    [Fact]
    public void Each_judged_paragraph_has_a_stance_bar_with_probabilities_in_its_tooltip_and_visible_text()
    {
        var html = Render();

        html.Should().Contain("<div class=\"bar\" title=\"Paragraph 2: favor (favor 0.80 · against 0.10 · none 0.10)\">")
            .And.Contain("¶2 · <b style=\"color:#2e9d5b\">favor</b> · favor 0.80 · against 0.10 · none 0.10 · evidence: “are partners”")
            .And.Contain("<i style=\"flex:0.8;background:#2e9d5b\"></i>")
            .And.Contain("¶1 · not judged");
    }

    [Fact]
    public void The_page_is_self_contained_and_has_a_summary_with_charts_and_a_legend()
    {
        var html = Render(cancelled: true);

        html.Should().StartWith("<!DOCTYPE html>").And.EndWith("</html>\n")
            .And.Contain("default-src 'none'")
            .And.NotContain("<link").And.NotContain("src=").And.NotContain("url(")
            .And.Contain("<svg class=\"chart stance-chart\"")
            .And.Contain("<svg class=\"chart entity-chart\"")
            .And.Contain("<div class=\"legend entity-legend\">")
            .And.Contain("Summary: 2 documents analysed, 1 failed (run cancelled)")
            .And.Contain("China + Russia");
        html.Replace("xmlns=\"http://www.w3.org/2000/svg\"", string.Empty, StringComparison.Ordinal).Should().NotContain("http:").And.NotContain("https:");
    }
}
