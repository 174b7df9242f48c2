using SinoRussia.Nlp.Documents;

namespace SinoRussia.Nlp.Stance;

/// <summary>
/// A trained stance model: a featuriser (word, character and target-paired n-grams with TF-IDF weights), an ML.NET
/// classifier, and metadata (target, labels, settings, training-data hash, metrics). Load one with
/// <see cref="Load(string)"/>, use the embedded <see cref="Default"/>, or train one with <see cref="StanceTrainer"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: any number of threads may predict at once. Linear models (the maximum-entropy
/// learners) are scored by the library's own sparse dot product over the weights extracted from the ML.NET model,
/// which gives the same probabilities as ML.NET without a shared <c>PredictionEngine</c>; tree models are scored
/// with ML.NET batch transforms.
/// </remarks>
public sealed class StanceModel
{
    internal const string DefaultResourceName = "SinoRussia.Nlp.Stance.DefaultModel.zip";

    private static readonly Lazy<StanceModel> DefaultModel = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly HashSet<string> EvidenceStopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "into", "than",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "it", "its", "this", "that",
        "these", "those", "there", "their", "they", "them", "he", "his", "she", "her", "we", "our", "you", "your", "which", "who",
        "what", "when", "where", "how", "both", "each", "every", "all", "any", "some", "such", "so", "also", "more", "most", "very",
        "can", "could", "would", "should", "will", "may", "might", "must", "about", "over", "after", "before", "between", "_t_",
    };

    private readonly Lazy<MlNetScorer> _mlNet;
    private readonly bool[] _isPhrase;

    internal StanceModel(StanceModelMetadata metadata, StanceFeaturizer featurizer, LinearWeights? linear, byte[] mlNetModel, string source)
    {
        Metadata = metadata;
        Featurizer = featurizer;
        Linear = linear;
        MlNetModel = mlNetModel;
        Source = source;
        _mlNet = new Lazy<MlNetScorer>(() => new MlNetScorer(this), LazyThreadSafetyMode.ExecutionAndPublication);
        _isPhrase = new bool[featurizer.Count];
        for (var f = 0; f < _isPhrase.Length; f++)
        {
            var name = featurizer.Features[f];
            _isPhrase[f] = (name.StartsWith("w:", StringComparison.Ordinal) || name.StartsWith("p:", StringComparison.Ordinal))
                && name.AsSpan(2).ToString().Split(' ').Any(word => !EvidenceStopWords.Contains(word));
        }
    }

    /// <summary>Gets the default model, embedded in the package: target "Sino-Russian alignment", labels favor, against and none.</summary>
    /// <exception cref="StanceModelException">The package was built without its embedded model.</exception>
    public static StanceModel Default => DefaultModel.Value;

    /// <summary>Gets the proposition the model judges stance toward.</summary>
    public string Target => Metadata.Target;

    /// <summary>Gets the labels, in the order of the model's scores.</summary>
    public IReadOnlyList<string> Labels => Metadata.Labels;

    /// <summary>Gets the model's metadata.</summary>
    public StanceModelMetadata Metadata { get; }

    /// <summary>Gets where the model was loaded from: a file path, a stream name, <c>embedded</c>, or <c>trained</c>.</summary>
    public string Source { get; }

    internal StanceFeaturizer Featurizer { get; }

    internal LinearWeights? Linear { get; }

    internal byte[] MlNetModel { get; }

    /// <summary>Loads a model file written by <see cref="Save(string)"/> or the <c>train-stance</c> command.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The model.</returns>
    /// <exception cref="StanceModelException">The file is missing, truncated, corrupt, not a stance model, or of an unsupported version; the message names the file and the problem.</exception>
    public static StanceModel Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new StanceModelException($"Stance model file '{path}' does not exist.") { FilePath = path };
        }

        try
        {
            using var stream = File.OpenRead(path);
            return StanceModelFile.Read(stream, path);
        }
        catch (IOException ex)
        {
            throw new StanceModelException($"Stance model file '{path}' could not be read: {ex.Message}", ex) { FilePath = path };
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new StanceModelException($"Stance model file '{path}' could not be read: {ex.Message}", ex) { FilePath = path };
        }
    }

    /// <summary>Loads a model from a stream.</summary>
    /// <param name="stream">The model file's bytes; read to the end, not closed.</param>
    /// <param name="sourceName">A name for error messages, such as the file name.</param>
    /// <returns>The model.</returns>
    /// <exception cref="StanceModelException">The bytes are truncated, corrupt, not a stance model, or of an unsupported version.</exception>
    public static StanceModel Load(Stream stream, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return StanceModelFile.Read(stream, sourceName ?? "(stream)");
    }

    /// <summary>Writes the model file: the ML.NET model, the featuriser vocabulary and weights, and metadata with checksums.</summary>
    /// <param name="path">The file to create or overwrite.</param>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        using var stream = File.Create(path);
        Save(stream);
    }

    /// <summary>Writes the model file to a stream.</summary>
    /// <param name="stream">A writable stream; left open.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        StanceModelFile.Write(this, stream);
    }

    /// <summary>Throws when this model is not for <paramref name="target"/> or does not have exactly <paramref name="labels"/>.</summary>
    /// <param name="target">The required target, or <see langword="null"/> for any.</param>
    /// <param name="labels">The required label set (order ignored), or <see langword="null"/> for any.</param>
    /// <exception cref="StanceModelException">The target or label set differs.</exception>
    public void EnsureCompatible(string? target, IReadOnlyCollection<string>? labels)
    {
        if (target is not null && !string.Equals(target, Target, StringComparison.OrdinalIgnoreCase))
        {
            throw new StanceModelException($"Stance model '{Source}' is for target '{Target}', but '{target}' is required.") { FilePath = Source };
        }

        if (labels is not null && (labels.Count != Labels.Count || labels.Any(l => !Labels.Contains(l, StringComparer.Ordinal))))
        {
            throw new StanceModelException($"Stance model '{Source}' has labels [{string.Join(", ", Labels)}], but [{string.Join(", ", labels)}] are required.") { FilePath = Source };
        }
    }

    /// <summary>Judges the stance of one text toward the model's target.</summary>
    /// <param name="text">The text.</param>
    /// <param name="evidenceCount">How many evidence phrases to return.</param>
    /// <returns>The judgement.</returns>
    public StanceJudgement Predict(string text, int evidenceCount = 5)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Predict(new StanceExample(text, "", Target), evidenceCount);
    }

    /// <summary>Judges the stance of one example, using its own <see cref="StanceExample.Target"/> when it has one.</summary>
    /// <param name="example">The text, optional target and entities; the label is ignored.</param>
    /// <param name="evidenceCount">How many evidence phrases to return.</param>
    /// <returns>The judgement.</returns>
    public StanceJudgement Predict(StanceExample example, int evidenceCount = 5)
    {
        ArgumentNullException.ThrowIfNull(example);
        return PredictBatch([example], evidenceCount)[0];
    }

    /// <summary>Judges many examples; tree models are scored in one ML.NET batch.</summary>
    /// <param name="examples">The examples; labels are ignored.</param>
    /// <param name="evidenceCount">How many evidence phrases per judgement.</param>
    /// <returns>One judgement per example, in order.</returns>
    public IReadOnlyList<StanceJudgement> PredictBatch(IReadOnlyList<StanceExample> examples, int evidenceCount = 0)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentOutOfRangeException.ThrowIfNegative(evidenceCount);
        var results = new StanceJudgement[examples.Count];
        var probabilities = new float[Labels.Count];
        if (Linear is null)
        {
            var scores = ScoreWithMlNet(examples);
            for (var i = 0; i < results.Length; i++)
            {
                results[i] = ToJudgement(examples[i].Target ?? Target, scores[i], null);
            }

            return results;
        }

        for (var i = 0; i < results.Length; i++)
        {
            var e = examples[i];
            var evidence = ScoreLinear(e.Text, e.Target ?? Target, StanceFeaturizer.ToSpans(e.Entities), probabilities, evidenceCount);
            results[i] = ToJudgement(e.Target ?? Target, probabilities, evidence);
        }

        return results;
    }

    /// <summary>Gets the word phrases that weigh most toward each label (linear models only), strongest first; character n-grams and phrases made only of function words are left out of evidence as uninformative.</summary>
    /// <param name="count">How many phrases per label.</param>
    /// <returns>Per label, its top phrases; empty lists for tree models.</returns>
    public IReadOnlyDictionary<string, IReadOnlyList<StanceEvidence>> TopFeatures(int count = 15)
    {
        var result = new Dictionary<string, IReadOnlyList<StanceEvidence>>(StringComparer.Ordinal);
        var k = Labels.Count;
        for (var label = 0; label < k; label++)
        {
            if (Linear is null)
            {
                result[Labels[label]] = [];
                continue;
            }

            var w = Linear.Weights;
            var best = new List<(float Weight, int Feature)>();
            for (var f = 0; f < Linear.Dimension; f++)
            {
                if (!IsPhrase(f))
                {
                    continue;
                }

                var mean = 0f;
                for (var j = 0; j < k; j++)
                {
                    mean += w[(f * k) + j];
                }

                var margin = w[(f * k) + label] - (mean / k);
                best.Add((margin, f));
            }

            result[Labels[label]] = [.. best.OrderByDescending(b => b.Weight).ThenBy(b => b.Feature).Take(count)
                .Select(b => new StanceEvidence(DisplayFeature(Featurizer.Features[b.Feature]), Labels[label], b.Weight))];
        }

        return result;
    }

    internal void LoadMlNet() => _ = _mlNet.Value;

    internal bool IsPhrase(int feature) => _isPhrase[feature];

    internal static string DisplayFeature(string feature) => feature.AsSpan(0, 2) switch
    {
        "w:" => feature[2..],
        "p:" => feature[2..].Replace("_t_", "<target>", StringComparison.Ordinal),
        "t:" => "target:" + feature[2..],
        "c:" => "[" + feature[2..] + "]",
        _ => feature,
    };

    internal StanceEvidence[]? ScoreLinear(ReadOnlySpan<char> text, string? target, ReadOnlySpan<EntitySpan> entities, Span<float> probabilities, int evidenceCount)
    {
        var linear = Linear!;
        var k = linear.LabelCount;
        var w = linear.Weights;
        var scratch = Featurizer.Rent();
        try
        {
            var n = scratch.Featurize(Featurizer, text, target, entities);
            var indices = scratch.Sink.Indices;
            var values = scratch.Sink.Values;
            Span<float> logits = stackalloc float[k];
            linear.Biases.AsSpan().CopyTo(logits);
            for (var i = 0; i < n; i++)
            {
                var row = indices[i] * k;
                var v = values[i];
                for (var j = 0; j < k; j++)
                {
                    logits[j] += w[row + j] * v;
                }
            }

            Softmax(logits, probabilities);
            return evidenceCount == 0 ? null : Evidence(indices, values, n, probabilities, evidenceCount);
        }
        finally
        {
            Featurizer.Return(scratch);
        }
    }

    internal float[][] ScoreWithMlNet(IReadOnlyList<StanceExample> examples)
    {
        var vectors = new SparseVector[examples.Count];
        for (var i = 0; i < vectors.Length; i++)
        {
            vectors[i] = Featurize(examples[i].Text, examples[i].Target ?? Target, StanceFeaturizer.ToSpans(examples[i].Entities));
        }

        return _mlNet.Value.Score(vectors);
    }

    internal SparseVector Featurize(ReadOnlySpan<char> text, string? target, ReadOnlySpan<EntitySpan> entities)
    {
        var scratch = Featurizer.Rent();
        try
        {
            var n = scratch.Featurize(Featurizer, text, target, entities);
            return new SparseVector(scratch.Sink.Indices.AsSpan(0, n).ToArray(), scratch.Sink.Values.AsSpan(0, n).ToArray());
        }
        finally
        {
            Featurizer.Return(scratch);
        }
    }

    internal StanceJudgement ToJudgement(string target, ReadOnlySpan<float> probabilities, IReadOnlyList<StanceEvidence>? evidence)
    {
        var scores = new Dictionary<string, float>(Labels.Count, StringComparer.Ordinal);
        var best = 0;
        for (var i = 0; i < Labels.Count; i++)
        {
            scores[Labels[i]] = probabilities[i];
            if (probabilities[i] > probabilities[best])
            {
                best = i;
            }
        }

        return new StanceJudgement(target, Labels[best], scores, evidence);
    }

    private static void Softmax(ReadOnlySpan<float> logits, Span<float> probabilities)
    {
        var max = float.NegativeInfinity;
        foreach (var l in logits)
        {
            max = Math.Max(max, l);
        }

        var sum = 0.0;
        for (var i = 0; i < logits.Length; i++)
        {
            var e = Math.Exp(logits[i] - max);
            probabilities[i] = (float)e;
            sum += e;
        }

        for (var i = 0; i < logits.Length; i++)
        {
            probabilities[i] = (float)(probabilities[i] / sum);
        }
    }

    private static StanceModel LoadDefault()
    {
        using var stream = typeof(StanceModel).Assembly.GetManifestResourceStream(DefaultResourceName)
            ?? throw new StanceModelException("The default stance model is not embedded in this build of SinoRussia.Nlp.Stance (models/stance/sino-russian-alignment.zip was missing at build time).");
        return StanceModelFile.Read(stream, "embedded");
    }

    private StanceEvidence[] Evidence(int[] indices, float[] values, int n, ReadOnlySpan<float> probabilities, int count)
    {
        var k = Labels.Count;
        var label = 0;
        for (var i = 1; i < k; i++)
        {
            if (probabilities[i] > probabilities[label])
            {
                label = i;
            }
        }

        var w = Linear!.Weights;
        var top = new List<(float Weight, int Feature)>(count + 1);
        for (var i = 0; i < n; i++)
        {
            if (!IsPhrase(indices[i]))
            {
                continue;
            }

            var row = indices[i] * k;
            var mean = 0f;
            for (var j = 0; j < k; j++)
            {
                mean += w[row + j];
            }

            var contribution = values[i] * (w[row + label] - (mean / k));
            if (contribution <= 0 || (top.Count == count && contribution <= top[^1].Weight))
            {
                continue;
            }

            var at = top.FindIndex(t => t.Weight < contribution);
            top.Insert(at < 0 ? top.Count : at, (contribution, indices[i]));
            if (top.Count > count)
            {
                top.RemoveAt(top.Count - 1);
            }
        }

        var result = new StanceEvidence[top.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new StanceEvidence(DisplayFeature(Featurizer.Features[top[i].Feature]), Labels[label], top[i].Weight);
        }

        return result;
    }
}
