using System.CommandLine;
using SinoRussia.Nlp.Pipeline;
using SinoRussia.Samples.Commands;

namespace SinoRussia.Samples.Analysis;

/// <summary>
/// <c>analyze PATHS... [--json FILE] [--jsonl FILE] [--html FILE] [--parallel N]</c>: runs the default pipeline over
/// files, folders, globs or standard input and prints a report; the app's default command.
/// </summary>
internal sealed class AnalyzeCommand : ICliCommand
{
    public const string Name = "analyze";
    private readonly Func<NlpPipeline> _pipelineFactory;
    private readonly Func<Stream> _standardInput;

    public AnalyzeCommand()
        : this(AnalysisPipelineFactory.CreateDefault, Console.OpenStandardInput)
    {
    }

    public AnalyzeCommand(Func<NlpPipeline> pipelineFactory, Func<Stream> standardInput)
    {
        _pipelineFactory = pipelineFactory;
        _standardInput = standardInput;
    }

    public Command Create()
    {
        var paths = new Argument<string[]>("PATHS")
        {
            Description = "Files, folders (every *.txt below, recursively), globs (quote them: 'data/**/*.txt') or - for standard input. Default: the five seed documents shipped with the app.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var json = new Option<string?>("--json") { Description = "Write one JSON object {\"documents\": [...]} to FILE: per document source, entities, sentences, paragraphs (with stance) and stance.", HelpName = "FILE" };
        var jsonl = new Option<string?>("--jsonl") { Description = "Write JSON Lines to FILE: one document object per line, flushed per document (for large runs).", HelpName = "FILE" };
        var html = new Option<string?>("--html") { Description = "Write a self-contained HTML report to FILE: highlighted entities, paragraph stance bars, summary charts.", HelpName = "FILE" };
        var parallel = new Option<int?>("--parallel") { Description = "Documents processed at once. Default: one per core.", HelpName = "N" };
        var inFlight = new Option<int?>("--max-in-flight") { Description = "Documents read ahead of the one being reported, which bounds memory. Default: 4 per worker.", HelpName = "N" };

        var command = new Command(Name, """
            Analyse texts (tokens, sentences, paragraphs, entities, stance) and report each document and a comparison.
            Inputs are strict UTF-8 (BOM removed, line endings kept); a missing, empty or whitespace-only, binary (NUL
            bytes) or invalid UTF-8 file is reported by name with line and column, and the other files are still analysed.
            Ctrl+C stops promptly; --json stays valid and --jsonl holds every document completed before it.
            Exit code: 0 all analysed, 1 some input failed, 2 bad options, 130 cancelled (Ctrl+C).
            Examples:
              analyze                                                (the five seed documents)
              analyze samples/data --json out.json --html report.html
              analyze 'corpus/**/*.txt' --jsonl out.jsonl --parallel 2
              cat article.txt | analyze -
            """)
        {
            paths,
            json,
            jsonl,
            html,
            parallel,
            inFlight,
        };

        command.SetAction((parseResult, cancellationToken) =>
        {
            var settings = new AnalyzeSettings
            {
                Paths = parseResult.GetValue(paths) ?? [],
                JsonPath = parseResult.GetValue(json),
                JsonLinesPath = parseResult.GetValue(jsonl),
                HtmlPath = parseResult.GetValue(html),
                Parallel = parseResult.GetValue(parallel),
                MaxInFlight = parseResult.GetValue(inFlight),
            };
            var configuration = parseResult.InvocationConfiguration;
            var interactive = ReferenceEquals(configuration.Error, Console.Error) && !Console.IsErrorRedirected;
            var runner = new AnalyzeRunner(_pipelineFactory, configuration.Output, configuration.Error, _standardInput, interactive);
            return Task.Run(() => runner.Run(settings, cancellationToken), CancellationToken.None);
        });
        return command;
    }
}
