using SinoRussia.Samples.Tests.Reports;
using SinoRussia.Samples.Tests.TestSupport;

namespace SinoRussia.Samples.Tests.EndToEnd;

/// <summary>Renders the HTML report in headless Chromium and checks what a reader would see.</summary>
public class HtmlReportChromiumTests
{
    [ChromiumFact]
    public void Chromium_renders_the_entities_stance_bars_and_summary_of_the_report()
    {
        using var temp = new TempFolder();
        var page = temp.File("report.html", HtmlReportWriterTests.Render());

        var dom = Chromium.DumpDom(page);

        dom.Should().Contain("<mark class=\"ent e-GPE\"")
            .And.Contain("China<sub>GPE</sub></mark>")
            .And.Contain("Putin<sub>PERSON</sub></mark>")
            .And.Contain("Paragraph 2: favor (favor 0.80 · against 0.10 · none 0.10)")
            .And.Contain(">against</span>")
            .And.Contain("Summary: 2 documents analysed, 1 failed")
            .And.Contain("<svg class=\"chart stance-chart\"")
            .And.Contain("&lt;script&gt;alert")
            .And.NotContain("<script>alert", "document text must stay text");
    }

    [ChromiumFact]
    public void A_screenshot_of_the_analysis_of_a_seed_document_is_not_blank()
    {
        using var temp = new TempFolder();
        File.Copy(RepositoryPaths.Fixture("seed/002_98c51071952c303e.txt"), temp.Combine("seed.txt"));
        var run = AppProcess.Run(temp.Path, null, "seed.txt", "--html", "report.html");
        run.ExitCode.Should().Be(0, run.ToString());

        Chromium.Screenshot(temp.Combine("report.html"), temp.Combine("shot.png"), 1000, 1400);
        var (width, height, colours) = PngImage.Inspect(temp.Combine("shot.png"));

        (width, height).Should().Be((1000, 1400));
        colours.Should().BeGreaterThan(50, "a rendered report has text, highlights and charts in many colours");
        var dom = Chromium.DumpDom(temp.Combine("report.html"));
        dom.Should().Contain("Strategic cooperation between Moscow and Beijing").And.Contain("<mark class=\"ent e-GPE\"").And.Contain("Document stance:");
    }
}
