using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.ML;

namespace SinoRussia.Nlp.Stance;

/// <summary>
/// Trains stance models with ML.NET: TF-IDF weighted word (and optionally character and target-paired) n-grams
/// fed to a maximum-entropy or LightGBM learner, with grouped k-fold cross-validation.
/// </summary>
/// <remarks>
/// Deterministic: the same examples, options and <see cref="StanceTrainerOptions.Seed"/> give the same model and
/// metrics. Training is single-threaded. An instance may be reused; it holds no state between calls.
/// </remarks>
public sealed class StanceTrainer
{
    private static readonly string[] PreferredOrder = ["favor", "against", "none"];

    /// <summary>Creates a trainer.</summary>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public StanceTrainer(StanceTrainerOptions? options = null)
    {
        Options = options ?? new StanceTrainerOptions();
        Options.Validate();
    }

    /// <summary>Gets the settings.</summary>
    public StanceTrainerOptions Options { get; }

    /// <summary>Cross-validates (when <see cref="StanceTrainerOptions.Folds"/> is 2 or more), then trains the model on every example.</summary>
    /// <param name="examples">The labelled examples.</param>
    /// <param name="progress">Receives a report as each fold and the final model start.</param>
    /// <param name="cancellationToken">Cancels training between steps.</param>
    /// <returns>The model and the cross-validated metrics.</returns>
    /// <exception cref="ArgumentException">No examples, an empty text or label, fewer than two labels, or a label outside <see cref="StanceTrainerOptions.Labels"/>.</exception>
    public StanceTrainingResult Train(IReadOnlyList<StanceExample> examples, IProgress<StanceTrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var labels = CheckAndResolveLabels(examples);
        var folds = FoldCount(examples);
        var steps = folds + 1;
        StanceMetrics? metrics = folds >= 2 ? CrossValidateCore(examples, labels, folds, steps, progress, cancellationToken) : null;
        progress?.Report(new StanceTrainingProgress(steps, steps, string.Create(CultureInfo.InvariantCulture, $"final model: training on {examples.Count:N0} rows")));
        var model = Fit(examples, labels, metrics, folds, cancellationToken);
        return new StanceTrainingResult(model, metrics);
    }

    /// <summary>Runs grouped k-fold cross-validation only.</summary>
    /// <param name="examples">The labelled examples.</param>
    /// <param name="progress">Receives a report as each fold starts.</param>
    /// <param name="cancellationToken">Cancels between folds.</param>
    /// <returns>The metrics pooled over all held-out folds.</returns>
    /// <exception cref="ArgumentException">As for <see cref="Train"/>, or <see cref="StanceTrainerOptions.Folds"/> is below 2, or there are fewer groups than two.</exception>
    public StanceMetrics CrossValidate(IReadOnlyList<StanceExample> examples, IProgress<StanceTrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var labels = CheckAndResolveLabels(examples);
        var folds = FoldCount(examples);
        if (folds < 2)
        {
            throw new ArgumentException($"Cross-validation needs Folds >= 2 and at least two groups; Folds is {Options.Folds}.", nameof(examples));
        }

        return CrossValidateCore(examples, labels, folds, folds, progress, cancellationToken);
    }

    internal static int[] AssignFolds(IReadOnlyList<StanceExample> examples, int folds, int seed)
    {
        var groupOf = new int[examples.Count];
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var sizes = new List<int>();
        for (var i = 0; i < examples.Count; i++)
        {
            var key = examples[i].Group is { Length: > 0 } g ? "g:" + g : "r:" + i.ToString(CultureInfo.InvariantCulture);
            if (!groups.TryGetValue(key, out var id))
            {
                id = groups.Count;
                groups.Add(key, id);
                sizes.Add(0);
            }

            groupOf[i] = id;
            sizes[id]++;
        }

        var order = Enumerable.Range(0, groups.Count).ToArray();
        var random = new Random(seed);
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        var foldOfGroup = new int[groups.Count];
        var load = new int[folds];
        foreach (var group in order)
        {
            var smallest = 0;
            for (var f = 1; f < folds; f++)
            {
                if (load[f] < load[smallest])
                {
                    smallest = f;
                }
            }

            foldOfGroup[group] = smallest;
            load[smallest] += sizes[group];
        }

        var result = new int[examples.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = foldOfGroup[groupOf[i]];
        }

        return result;
    }

    internal static string HashData(IReadOnlyList<StanceExample> examples)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var e in examples)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(e.Label + "\t" + (e.Target ?? "") + "\t" + e.Text + "\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private int FoldCount(IReadOnlyList<StanceExample> examples)
    {
        if (Options.Folds < 2)
        {
            return 0;
        }

        var groups = examples.Select((e, i) => e.Group is { Length: > 0 } g ? "g:" + g : "r:" + i.ToString(CultureInfo.InvariantCulture)).Distinct(StringComparer.Ordinal).Count();
        return Math.Min(Options.Folds, groups) >= 2 ? Math.Min(Options.Folds, groups) : 0;
    }

    private StanceMetrics CrossValidateCore(IReadOnlyList<StanceExample> examples, IReadOnlyList<string> labels, int folds, int steps, IProgress<StanceTrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var foldOf = AssignFolds(examples, folds, Options.Seed);
        var index = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var confusion = new int[labels.Count, labels.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var train = new List<StanceExample>();
            var test = new List<StanceExample>();
            for (var i = 0; i < examples.Count; i++)
            {
                (foldOf[i] == fold ? test : train).Add(examples[i]);
            }

            progress?.Report(new StanceTrainingProgress(fold + 1, steps, string.Create(CultureInfo.InvariantCulture, $"fold {fold + 1}/{folds}: training on {train.Count:N0} rows, testing on {test.Count:N0}")));
            if (test.Count == 0 || train.Count == 0)
            {
                continue;
            }

            var model = Fit(train, labels, null, 0, cancellationToken);
            var predictions = model.PredictBatch(test);
            for (var i = 0; i < test.Count; i++)
            {
                confusion[index[test[i].Label], index[predictions[i].Label]]++;
            }
        }

        return StanceMetrics.FromConfusion(labels, confusion);
    }

    private StanceModel Fit(IReadOnlyList<StanceExample> examples, IReadOnlyList<string> labels, StanceMetrics? metrics, int folds, CancellationToken cancellationToken)
    {
        var settings = Options.ToFeatureSettings();
        var target = ResolveTarget(examples);
        var featurizer = StanceFeaturizer.Build(settings, examples, target, cancellationToken);
        if (featurizer.Count == 0)
        {
            throw new ArgumentException($"No feature occurs in at least {settings.MinDocumentFrequency} training rows; add data or lower MinDocumentFrequency.", nameof(examples));
        }

        var index = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var counts = new int[labels.Count];
        foreach (var e in examples)
        {
            counts[index[e.Label]]++;
        }

        var vectors = new SparseVector[examples.Count];
        var classes = new int[examples.Count];
        var weights = new float[examples.Count];
        var scratch = featurizer.Rent();
        for (var i = 0; i < examples.Count; i++)
        {
            var e = examples[i];
            var n = scratch.Featurize(featurizer, e.Text, e.Target ?? target, StanceFeaturizer.ToSpans(e.Entities));
            vectors[i] = new SparseVector(scratch.Sink.Indices.AsSpan(0, n).ToArray(), scratch.Sink.Values.AsSpan(0, n).ToArray());
            classes[i] = index[e.Label];
            weights[i] = Weight(e.Label, counts[classes[i]], examples.Count, labels.Count);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var context = new MLContext(seed: Options.Seed);
        var transformer = MlNetBridge.Train(context, vectors, classes, weights, featurizer.Count, labels.Count, Options);
        var linear = MlNetBridge.ExtractLinear(transformer, featurizer.Count, labels.Count);
        var bytes = MlNetBridge.Save(context, transformer, featurizer.Count, labels.Count);
        var metadata = new StanceModelMetadata
        {
            Target = target,
            Labels = [.. labels],
            Trainer = Options.Trainer,
            WordNgramMin = settings.WordNgramMin,
            WordNgramMax = settings.WordNgramMax,
            CharNgrams = settings.CharNgrams,
            CharNgramMin = settings.CharNgramMin,
            CharNgramMax = settings.CharNgramMax,
            MinDocumentFrequency = settings.MinDocumentFrequency,
            TargetFeatures = settings.TargetFeatures,
            EntityFeatures = settings.EntityFeatures,
            FeatureCount = featurizer.Count,
            TrainingDataHash = HashData(examples),
            TrainingRows = examples.Count,
            Seed = Options.Seed,
            CrossValidationFolds = folds,
            CrossValidationAccuracy = metrics?.Accuracy,
            CrossValidationMacroF1 = metrics?.MacroF1,
            CrossValidationFAvg = metrics?.FAvg,
            CrossValidationPerClass = metrics is null ? null : new SortedDictionary<string, StanceClassMetrics>(metrics.PerClass.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal),
            LibraryVersion = typeof(StanceTrainer).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
            MlNetVersion = typeof(MLContext).Assembly.GetName().Version?.ToString(3) ?? "",
        };
        return new StanceModel(metadata, featurizer, linear, bytes, "trained");
    }

    private float Weight(string label, int labelCount, int total, int labels)
    {
        if (Options.ClassWeights is { } explicitWeights)
        {
            return explicitWeights.TryGetValue(label, out var w) ? w : 1f;
        }

        return Options.BalanceClasses ? (float)total / (labels * labelCount) : 1f;
    }

    private string ResolveTarget(IReadOnlyList<StanceExample> examples)
    {
        if (!string.IsNullOrWhiteSpace(Options.Target))
        {
            return Options.Target;
        }

        var targets = examples.Select(e => e.Target).Distinct(StringComparer.Ordinal).Take(2).ToList();
        return targets.Count == 1 && !string.IsNullOrWhiteSpace(targets[0]) ? targets[0]! : targets.All(t => t is null) ? "custom" : "mixed";
    }

    private IReadOnlyList<string> CheckAndResolveLabels(IReadOnlyList<StanceExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        if (examples.Count == 0)
        {
            throw new ArgumentException("There are no training examples.", nameof(examples));
        }

        for (var i = 0; i < examples.Count; i++)
        {
            var e = examples[i] ?? throw new ArgumentException($"Example {i} is null.", nameof(examples));
            var where = e.Line > 0 ? $"line {e.Line}" : $"example {i}";
            if (string.IsNullOrWhiteSpace(e.Label))
            {
                throw new ArgumentException($"The label at {where} is empty.", nameof(examples));
            }

            if (string.IsNullOrWhiteSpace(e.Text))
            {
                throw new ArgumentException($"The text at {where} is empty.", nameof(examples));
            }
        }

        IReadOnlyList<string> labels;
        if (Options.Labels is { } fixedLabels)
        {
            labels = [.. fixedLabels];
            var set = new HashSet<string>(labels, StringComparer.Ordinal);
            if (set.Count != labels.Count || set.Count < 2)
            {
                throw new ArgumentException("The configured label set must have at least two distinct labels.", nameof(examples));
            }

            for (var i = 0; i < examples.Count; i++)
            {
                if (!set.Contains(examples[i].Label))
                {
                    var where = examples[i].Line > 0 ? $"line {examples[i].Line}" : $"example {i}";
                    throw new ArgumentException($"The label '{examples[i].Label}' at {where} is not one of [{string.Join(", ", labels)}].", nameof(examples));
                }
            }
        }
        else
        {
            var found = examples.Select(e => e.Label).Distinct(StringComparer.Ordinal).ToList();
            labels = [.. PreferredOrder.Where(found.Contains), .. found.Where(l => !PreferredOrder.Contains(l)).Order(StringComparer.Ordinal)];
        }

        var present = examples.Select(e => e.Label).Distinct(StringComparer.Ordinal).Count();
        if (present < 2)
        {
            throw new ArgumentException($"All {examples.Count} examples have the label '{examples[0].Label}'; a classifier needs at least two labels.", nameof(examples));
        }

        return labels;
    }
}
