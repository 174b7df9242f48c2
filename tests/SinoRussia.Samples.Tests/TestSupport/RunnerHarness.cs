using System.Text;
using SinoRussia.Nlp.Pipeline;
using SinoRussia.Samples.Analysis;

namespace SinoRussia.Samples.Tests.TestSupport;

/// <summary>Runs <see cref="AnalyzeRunner"/> in-process on a pipeline given by the test, capturing its output.</summary>
internal sealed class RunnerHarness
{
    public StringWriter Output { get; } = new();

    public StringWriter Error { get; } = new();

    public byte[] StandardInput { get; set; } = [];

    public int Run(NlpPipeline pipeline, AnalyzeSettings settings, CancellationToken cancellationToken = default) =>
        new AnalyzeRunner(() => pipeline, Output, Error, () => new MemoryStream(StandardInput), interactive: false).Run(settings, cancellationToken);

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
