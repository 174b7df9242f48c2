using System.CommandLine;
using SinoRussia.Samples.Analysis;
using SinoRussia.Samples.Commands;

var root = new RootCommand("SinoRussia.Nlp sample app: analyse texts (tokens, sentences, entities, stance), train and evaluate models, and benchmark. With no arguments it analyses the five seed documents (same as 'analyze').");
foreach (var command in CommandCatalog.All)
{
    root.Subcommands.Add(command.Create());
}

// No arguments, or only options such as --html FILE: analyse (the seed documents shipped beside the app unless paths follow).
var routeToAnalyze = args.Length == 0 || (args[0].StartsWith('-') && args[0] is not ("-h" or "-?" or "--help" or "--version"));
return await root.Parse(routeToAnalyze ? [AnalyzeCommand.Name, .. args] : args).InvokeAsync();
