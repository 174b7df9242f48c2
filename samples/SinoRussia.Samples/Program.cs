using System.CommandLine;
using SinoRussia.Samples.Commands;

var root = new RootCommand("SinoRussia.Nlp sample app: analyse texts (tokens, sentences, entities, stance), train and evaluate models, and benchmark.");
foreach (var command in CommandCatalog.All)
{
    root.Subcommands.Add(command.Create());
}

return await root.Parse(args).InvokeAsync();
