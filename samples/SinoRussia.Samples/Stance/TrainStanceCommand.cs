using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SinoRussia.Nlp.Stance;
using SinoRussia.Samples.Commands;

namespace SinoRussia.Samples.Stance;

/// <summary>train-stance: trains a stance model on a labelled file, prints grouped cross-validation metrics and the top n-grams per label.</summary>
internal sealed class TrainStanceCommand : ICliCommand
{
    public Command Create()
    {
        var common = new StanceCommandOptions();
        var output = new Option<string>("--out", "-o") { Description = "The model file to write (.zip).", Required = true };
        var trainer = new Option<string>("--trainer") { Description = "Learner: sdca (SdcaMaximumEntropy), lbfgs (LbfgsMaximumEntropy) or lightgbm.", DefaultValueFactory = _ => "sdca" };
        var ngrams = new Option<string>("--ngrams") { Description = "Word n-gram range, for example 1-2.", DefaultValueFactory = _ => "1-2" };
        var charNgrams = new Option<string?>("--char-ngrams") { Description = "Also use character n-grams inside words, with this range (for example 3-5); off by default." };
        var minDf = new Option<int>("--min-df") { Description = "Keep features that occur in at least this many training rows.", DefaultValueFactory = _ => 2 };
        var noTarget = new Option<bool>("--no-target-features") { Description = "Do not pair the text with its target (target words and target-echo n-grams)." };
        var entities = new Option<StanceEntityFeatures>("--entity-features") { Description = "Replace entity mentions by their label or canonical id when the data carries entities: none, label, canonicalid.", DefaultValueFactory = _ => StanceEntityFeatures.None };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds, grouped by the group column (0 = none).", DefaultValueFactory = _ => 5 };
        var target = new Option<string?>("--target") { Description = "The target recorded in the model (default: the data's single target)." };
        var labels = new Option<string?>("--labels") { Description = "Fixed label set in score order, comma-separated (for example favor,against,none)." };
        var seed = new Option<int>("--seed") { Description = "Random seed; same data + options + seed = same model.", DefaultValueFactory = _ => 1 };
        var balance = new Option<bool>("--balance") { Description = "Weight each label inversely to its frequency." };
        var classWeights = new Option<string?>("--class-weights") { Description = "Explicit loss weights, for example favor=1,against=1.5,none=0.8." };
        var l2 = new Option<float?>("--l2") { Description = "L2 regularisation of the linear learners (default: ML.NET's)." };
        var iterations = new Option<int?>("--iterations") { Description = "Maximum passes (SDCA), iterations (L-BFGS) or boosting rounds (LightGBM)." };
        var top = new Option<int>("--top") { Description = "How many top n-grams to print per label.", DefaultValueFactory = _ => 12 };
        var json = new Option<string?>("--json") { Description = "Also write the cross-validation metrics as JSON to FILE." };

        var command = new Command("train-stance", "Train a stance model (ML.NET) on labelled CSV/TSV/JSONL data; prints grouped cross-validation metrics and the n-grams that weigh most per label.\n\nExample:\n  train-stance ../shared/data/perspectrum/perspectrum_stance.tsv --split train --out perspectrum.zip --trainer lbfgs --ngrams 1-2 --folds 5");
        common.AddTo(command);
        foreach (var option in new Option[] { output, trainer, ngrams, charNgrams, minDf, noTarget, entities, folds, target, labels, seed, balance, classWeights, l2, iterations, top, json })
        {
            command.Options.Add(option);
        }

        command.SetAction(result =>
        {
            try
            {
                var (wordMin, wordMax) = StanceCommandOptions.ParseRange(result.GetValue(ngrams)!, "--ngrams");
                var charRange = result.GetValue(charNgrams);
                var options = new StanceTrainerOptions
                {
                    Trainer = ParseTrainer(result.GetValue(trainer)!),
                    WordNgramMin = wordMin,
                    WordNgramMax = wordMax,
                    CharNgrams = charRange is not null,
                    MinDocumentFrequency = result.GetValue(minDf),
                    TargetFeatures = !result.GetValue(noTarget),
                    EntityFeatures = result.GetValue(entities),
                    Folds = result.GetValue(folds),
                    Target = result.GetValue(target),
                    Labels = result.GetValue(labels)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                    Seed = result.GetValue(seed),
                    BalanceClasses = result.GetValue(balance),
                    ClassWeights = ParseWeights(result.GetValue(classWeights)),
                    L2Regularization = result.GetValue(l2),
                    MaximumIterations = result.GetValue(iterations),
                };
                if (charRange is not null)
                {
                    (options.CharNgramMin, options.CharNgramMax) = StanceCommandOptions.ParseRange(charRange, "--char-ngrams");
                }

                var path = result.GetValue(common.Data)!;
                var data = StanceDataLoader.Load(path, common.ToLoaderOptions(result, minimumLabels: 2));
                Console.WriteLine($"Loaded {data.Examples.Count:N0} rows from {path}{(result.GetValue(common.Split) is { } s ? $" (split '{s}')" : "")}; labels: {string.Join(", ", data.Labels.Select(l => $"{l} {data.Examples.Count(e => e.Label == l):N0}"))}.");
                Console.WriteLine($"Trainer {options.Trainer}; features: {options.ToFeatureSettings().Describe()}; seed {options.Seed}.");
                var watch = Stopwatch.StartNew();
                var training = new StanceTrainer(options).Train(data.Examples, new SynchronousProgress(p => Console.Error.WriteLine($"[{p.Step}/{p.Steps}] {p.Message} ({watch.Elapsed.TotalSeconds:0.0}s)")));
                var outPath = result.GetValue(output)!;
                training.Model.Save(outPath);
                if (training.CrossValidation is { } cv)
                {
                    Console.WriteLine();
                    Console.WriteLine($"Cross-validation ({training.Model.Metadata.CrossValidationFolds} folds, grouped by '{result.GetValue(common.GroupColumn)}' where present):");
                    Console.Write(cv.ToTable());
                    if (result.GetValue(json) is { } jsonPath)
                    {
                        StanceMetricsJson.Write(jsonPath, cv);
                    }
                }

                Console.WriteLine();
                Console.WriteLine("Top n-grams per label:");
                foreach (var (label, phrases) in training.Model.TopFeatures(result.GetValue(top)))
                {
                    Console.WriteLine($"  {label}: {string.Join(" | ", phrases.Select(p => p.Phrase))}");
                }

                Console.WriteLine();
                Console.WriteLine($"Wrote {outPath} ({new FileInfo(outPath).Length / 1024.0:N0} KiB, {training.Model.Metadata.FeatureCount:N0} features, target '{training.Model.Target}') in {watch.Elapsed.TotalSeconds:0.0}s.");
                return 0;
            }
            catch (Exception ex) when (ex is StanceDataException or StanceModelException or ArgumentException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"train-stance: {ex.Message}");
                return 1;
            }
        });
        return command;
    }

    internal static StanceTrainerKind ParseTrainer(string value) => value.ToLowerInvariant() switch
    {
        "sdca" or "sdcamaximumentropy" => StanceTrainerKind.SdcaMaximumEntropy,
        "lbfgs" or "lbfgsmaximumentropy" => StanceTrainerKind.LbfgsMaximumEntropy,
        "lightgbm" or "lgbm" => StanceTrainerKind.LightGbm,
        _ => throw new ArgumentException($"--trainer must be sdca, lbfgs or lightgbm, not '{value}'."),
    };

    private static Dictionary<string, float>? ParseWeights(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2);
            if (pair.Length != 2 || !float.TryParse(pair[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var w) || w <= 0)
            {
                throw new ArgumentException($"--class-weights expects label=weight pairs with positive weights, got '{part}'.");
            }

            weights[pair[0]] = w;
        }

        return weights;
    }

    private sealed class SynchronousProgress(Action<StanceTrainingProgress> report) : IProgress<StanceTrainingProgress>
    {
        public void Report(StanceTrainingProgress value) => report(value);
    }
}
