using System.CommandLine;
using System.Diagnostics;
using SinoRussia.Nlp.Entities.Models;
using SinoRussia.Nlp.Entities.Training;
using SinoRussia.Samples.Commands;

namespace SinoRussia.Samples.Entities;

/// <summary><c>train-ner DATA... --out MODEL [--dev DATA]</c>: trains an entity tagger model.</summary>
internal sealed class TrainNerCommand : ICliCommand
{
    public Command Create()
    {
        var data = new Argument<string[]>("data") { Description = "Training files: .jsonl (staged schema), .conllu, or CoNLL/IOB (.iob2, .txt, .conll).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Where to write the model file.", Required = true };
        var dev = new Option<string[]>("--dev") { Description = "Development files, used only for early stopping.", AllowMultipleArgumentsPerToken = true };
        var epochs = new Option<int>("--epochs") { Description = "Maximum number of epochs.", DefaultValueFactory = _ => 12 };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed (same data + seed = identical model).", DefaultValueFactory = _ => 1 };
        var map = new Option<string[]>("--map") { Description = "Label mapping FROM=TO (TO=O drops the label); repeatable.", AllowMultipleArgumentsPerToken = true };
        var labels = new Option<string[]>("--labels") { Description = "Keep only these labels after mapping.", AllowMultipleArgumentsPerToken = true };
        var gazetteers = new Option<string?>("--gazetteer-data") { Description = "Folder holding the staged gazetteer-* folders; adds people/places/organisations/demonyms gazetteer features." };
        var ensemble = new Option<int>("--ensemble") { Description = "Number of perceptrons (consecutive seeds) averaged into the model.", DefaultValueFactory = _ => 1 };
        var clusters = new Option<string?>("--clusters") { Description = "Word clusters (path<TAB>word<TAB>count lines, as build-clusters writes); adds cluster features." };
        var gazetteerFiles = new Option<string[]>("--gazetteer") { Description = "Extra gazetteer NAME=FILE (one case-sensitive phrase per line, # comments); a NAME already loaded (people, places, organisations, demonyms) gets the phrases added; repeatable.", AllowMultipleArgumentsPerToken = true };
        var minCount = new Option<int>("--min-feature-count") { Description = "Occurrences a feature needs.", DefaultValueFactory = _ => 2 };
        var margin = new Option<float>("--margin") { Description = "Margin by which the gold tags must win during training (cost-augmented decoding); default 0, the plain perceptron." };
        var command = new Command("train-ner", "Train a statistical entity tagger (averaged perceptron, BILOU, constrained Viterbi).\n\nExample:\n  train-ner ../shared/data/uner-english-ewt/jsonl/uner_en_ewt-train.jsonl --dev ../shared/data/uner-english-ewt/jsonl/uner_en_ewt-dev.jsonl --map PER=PERSON --out models/ner/custom.bin")
        {
            data, output, dev, epochs, seed, map, labels, gazetteers, minCount, margin, ensemble, gazetteerFiles, clusters,
        };
        command.SetAction(parse =>
        {
            try
            {
                var options = new EntityTrainerOptions
                {
                    Epochs = parse.GetValue(epochs),
                    Seed = parse.GetValue(seed),
                    MinFeatureCount = parse.GetValue(minCount),
                    EnsembleSize = parse.GetValue(ensemble),
                    Margin = parse.GetValue(margin),
                };
                foreach (var (from, to) in NerLabelMapping.Parse(parse.GetValue(map) ?? []))
                {
                    options.LabelMap[from] = to;
                }

                if (parse.GetValue(labels) is { Length: > 0 } keep)
                {
                    options.Labels = keep;
                }

                if (parse.GetValue(gazetteers) is { } gazetteerDirectory)
                {
                    foreach (var g in StagedGazetteerLoader.Load(gazetteerDirectory))
                    {
                        options.Gazetteers.Add(g);
                    }
                }

                foreach (var (name, file) in NerLabelMapping.Parse(parse.GetValue(gazetteerFiles) ?? []))
                {
                    var phrases = File.ReadLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));
                    StagedGazetteerLoader.AddOrMerge(options.Gazetteers, new EntityGazetteer(name, phrases));
                }

                if (parse.GetValue(clusters) is { } clusterFile)
                {
                    options.Clusters = WordClusters.Read(clusterFile);
                }

                var files = parse.GetValue(data)!;
                options.Description = $"data={string.Join(',', files.Select(Path.GetFileName))}";
                var training = files.SelectMany(EntityDataReader.Read).ToList();
                var development = (parse.GetValue(dev) ?? []).SelectMany(EntityDataReader.Read).ToList();
                Console.WriteLine($"Training on {training.Count} sentences ({training.Sum(s => s.Entities.Count)} entities); development {development.Count} sentences.");
                options.Progress = new SynchronousProgress<EntityTrainingProgress>(p =>
                    Console.WriteLine($"epoch {p.Epoch,2}/{p.Epochs}: token accuracy {p.TokenAccuracy:0.0000}{(p.DevF1 is { } f ? $", dev F1 {f:0.0000}" : "")}{(p.IsBest ? " *" : "")}"));
                var stopwatch = Stopwatch.StartNew();
                var model = new EntityRecognizerTrainer(options).Train(training, development.Count > 0 ? development : null);
                var path = parse.GetValue(output)!;
                model.Save(path);
                Console.WriteLine($"Wrote {path} ({new FileInfo(path).Length:N0} bytes, {model.FeatureCount:N0} features, labels {string.Join(", ", model.Labels)}) in {stopwatch.Elapsed.TotalSeconds:0.0} s.");
                return 0;
            }
            catch (Exception ex) when (ex is TrainingDataException or ModelFormatException or IOException or ArgumentException)
            {
                Console.Error.WriteLine($"train-ner: {ex.Message}");
                return 1;
            }
        });
        return command;
    }

    private sealed class SynchronousProgress<T>(Action<T> handler) : IProgress<T>
    {
        public void Report(T value) => handler(value);
    }
}
