using System.Collections.Concurrent;
using SinoRussia.Nlp.Pipeline;
using SinoRussia.Samples.Reports;

namespace SinoRussia.Samples.Analysis;

/// <summary>
/// Runs <c>analyze</c>: resolves the inputs, streams them through the pipeline with bounded read-ahead, and
/// writes every report as each document completes, in input order. A failed input is reported and the run goes
/// on; cancellation stops promptly, closes every output well-formed and says where it stopped.
/// </summary>
internal sealed class AnalyzeRunner
{
    private readonly Func<NlpPipeline> _pipelineFactory;
    private readonly TextWriter _out;
    private readonly TextWriter _error;
    private readonly Func<Stream> _standardInput;
    private readonly bool _interactive;

    /// <param name="pipelineFactory">Builds the pipeline (called once, after the inputs and outputs are checked).</param>
    /// <param name="output">Where the console report goes.</param>
    /// <param name="error">Where errors, the failure summary and (when interactive) the progress bar go.</param>
    /// <param name="standardInput">Opens standard input, for the path <c>-</c>.</param>
    /// <param name="interactive">Draw a progress bar on <paramref name="error"/>.</param>
    public AnalyzeRunner(Func<NlpPipeline> pipelineFactory, TextWriter output, TextWriter error, Func<Stream> standardInput, bool interactive)
    {
        _pipelineFactory = pipelineFactory;
        _out = output;
        _error = error;
        _standardInput = standardInput;
        _interactive = interactive;
    }

    public int Run(AnalyzeSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Parallel is < 1)
        {
            return Usage($"--parallel must be at least 1 (got {settings.Parallel}).");
        }

        var arguments = settings.Paths.Count > 0 ? settings.Paths : DefaultInputs(settings);
        if (arguments is null)
        {
            return Usage($"No paths given and the seed documents are missing: {settings.DefaultDataFolder} does not exist. Pass files or folders to analyse.");
        }

        var inputs = InputResolver.Resolve(arguments);
        var sinks = new List<IReportSink> { new ConsoleReportRenderer(_out) };
        try
        {
            if (!TryOpen(settings.JsonPath, "--json", s => new JsonReportWriter(s), sinks)
                || !TryOpen(settings.JsonLinesPath, "--jsonl", s => new JsonLinesReportWriter(s), sinks)
                || !TryOpen(settings.HtmlPath, "--html", s => new HtmlReportWriter(s), sinks))
            {
                return AnalyzeExitCode.UsageError;
            }

            NlpPipeline pipeline;
            try
            {
                pipeline = _pipelineFactory();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return Usage($"Cannot build the analysis pipeline: {ex.Message}");
            }

            return Analyze(pipeline, inputs, settings, sinks, cancellationToken);
        }
        finally
        {
            foreach (var sink in sinks)
            {
                sink.Dispose();
            }
        }
    }

    private int Analyze(NlpPipeline pipeline, IReadOnlyList<InputItem> inputs, AnalyzeSettings settings, List<IReportSink> sinks, CancellationToken cancellationToken)
    {
        var corpus = new CorpusSummary();
        var readErrors = new ConcurrentDictionary<int, string>();
        var progress = _interactive ? new TerminalProgress(_error, inputs.Count) : null;
        var options = new PipelineBatchOptions
        {
            MaxDegreeOfParallelism = settings.Parallel ?? Environment.ProcessorCount,
        };
        if (settings.MaxInFlight is { } inFlight)
        {
            options.MaxInFlight = Math.Max(inFlight, options.MaxDegreeOfParallelism);
        }

        var reported = 0;
        var cancelled = false;
        try
        {
            foreach (var result in pipeline.Process(ReadInputs(inputs, readErrors), options, cancellationToken))
            {
                var input = inputs[result.Index];
                progress?.Clear();
                if (readErrors.TryRemove(result.Index, out var readError))
                {
                    Fail(corpus, sinks, input.Source, readError);
                }
                else if (!result.Succeeded)
                {
                    var message = result.Error is PipelineComponentException component
                        ? $"{input.Source}: component '{component.ComponentName}' failed: {component.InnerException?.Message ?? component.Message}"
                        : $"{input.Source}: {result.Error.Message}";
                    Fail(corpus, sinks, input.Source, message);
                }
                else
                {
                    var summary = DocumentSummarizer.Summarize(result.Document, input.Source);
                    corpus.Add(summary);
                    foreach (var sink in sinks)
                    {
                        sink.WriteDocument(result.Document, summary);
                    }
                }

                reported++;
                progress?.Update(reported, corpus.Failures.Count, force: true);
                if (cancellationToken.IsCancellationRequested)
                {
                    cancelled = true;
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cancelled = true;
        }

        progress?.Clear();
        foreach (var sink in sinks)
        {
            sink.Complete(corpus, cancelled);
        }

        ReportFailures(corpus);
        if (cancelled)
        {
            var stoppedAt = reported < inputs.Count ? $"; stopped before {inputs[reported].Source} (input {reported + 1})" : string.Empty;
            var written = string.Join(", ", new[] { settings.JsonPath, settings.JsonLinesPath, settings.HtmlPath }.Where(p => p is not null));
            _error.WriteLine($"Cancelled after {reported} of {inputs.Count} inputs{stoppedAt}.{(written.Length > 0 ? $" The completed documents were written to {written}." : string.Empty)}");
            _error.Flush();
            return AnalyzeExitCode.Cancelled;
        }

        return corpus.Failures.Count > 0 ? AnalyzeExitCode.SomeInputsFailed : AnalyzeExitCode.Success;
    }

    private IEnumerable<string?> ReadInputs(IReadOnlyList<InputItem> inputs, ConcurrentDictionary<int, string> readErrors)
    {
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            string? text = null;
            try
            {
                if (input.Error is not null)
                {
                    readErrors[i] = input.Error;
                }
                else if (input.IsStandardInput)
                {
                    using var stream = _standardInput();
                    text = TextInputReader.ReadStream(stream, input.Source);
                }
                else
                {
                    text = TextInputReader.ReadFile(input.Path!, input.Source);
                }
            }
            catch (InputFileException ex)
            {
                readErrors[i] = ex.Message;
            }

            yield return text;
        }
    }

    private void Fail(CorpusSummary corpus, List<IReportSink> sinks, string source, string message)
    {
        var failure = new FailedInput(source, message);
        corpus.AddFailure(source, message);
        _error.WriteLine($"error: {message}");
        _error.Flush();
        foreach (var sink in sinks)
        {
            sink.WriteFailure(failure);
        }
    }

    private void ReportFailures(CorpusSummary corpus)
    {
        if (corpus.Failures.Count == 0)
        {
            return;
        }

        _error.WriteLine();
        _error.WriteLine($"{corpus.Failures.Count} input{(corpus.Failures.Count == 1 ? "" : "s")} failed ({corpus.Documents.Count} analysed):");
        foreach (var failure in corpus.Failures)
        {
            _error.WriteLine($"  {failure.Message}");
        }

        _error.Flush();
    }

    private bool TryOpen(string? path, string option, Func<Stream, IReportSink> create, List<IReportSink> sinks)
    {
        if (path is null)
        {
            return true;
        }

        try
        {
            var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 64 * 1024);
            sinks.Add(create(stream));
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Usage($"{option} {path}: cannot create the file: {ex.Message}");
            return false;
        }
    }

    private static IReadOnlyList<string>? DefaultInputs(AnalyzeSettings settings) =>
        Directory.Exists(settings.DefaultDataFolder) ? [settings.DefaultDataFolder] : null;

    private int Usage(string message)
    {
        _error.WriteLine($"error: {message}");
        _error.Flush();
        return AnalyzeExitCode.UsageError;
    }
}
