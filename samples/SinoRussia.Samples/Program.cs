using System.CommandLine;
using SinoRussia.Samples.Analysis;
using SinoRussia.Samples.Commands;

var root = new RootCommand("SinoRussia.Nlp sample app: analyse texts (tokens, sentences, entities, stance), train and evaluate models, and benchmark. With no arguments it analyses the five seed documents (same as 'analyze').");
foreach (var command in CommandCatalog.All)
{
    root.Subcommands.Add(command.Create());
}

// `analyze` is the default command: no arguments analyses the seed documents shipped beside the app, and arguments
// that do not start with a command name (paths, --json FILE, ...) are analyze's.
var startsWithCommand = args.Length > 0 && (root.Subcommands.Any(c => c.Name == args[0]) || args[0] is "-h" or "-?" or "--help" or "--version");

// Ctrl+C / SIGTERM cancel the running command's token; allow time for documents in flight to finish and outputs to close.
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(10) };
return await root.Parse(startsWithCommand ? args : [AnalyzeCommand.Name, .. args]).InvokeAsync(invocation);
