namespace SinoRussia.Nlp.Entities.Training;

/// <summary>Settings of <see cref="EntityRecognizerTrainer"/>.</summary>
public sealed class EntityTrainerOptions
{
    /// <summary>Gets or sets the maximum number of passes over the training data.</summary>
    /// <value>Defaults to 12.</value>
    public int Epochs { get; set; } = 12;

    /// <summary>Gets or sets the seed of the sentence shuffling; the same data and seed give a byte-identical model.</summary>
    /// <value>Defaults to 1.</value>
    public int Seed { get; set; } = 1;

    /// <summary>Gets or sets how many perceptrons (seeds <see cref="Seed"/>, <see cref="Seed"/>+1, …) are trained and averaged into the model.</summary>
    /// <value>Defaults to 1.</value>
    public int EnsembleSize { get; set; } = 1;

    /// <summary>Gets or sets how many epochs without a better development F1 end training early.</summary>
    /// <value>Defaults to 3. Ignored without a development set.</value>
    public int Patience { get; set; } = 3;

    /// <summary>Gets or sets the number of training occurrences a feature needs to enter the model.</summary>
    /// <value>Defaults to 2.</value>
    public int MinFeatureCount { get; set; } = 2;

    /// <summary>
    /// Gets or sets the margin by which the gold tags must outscore every other tagging during training: each wrong
    /// tag's score is raised by this much before decoding (cost-augmented decoding), so a sentence the model already
    /// tags right but only narrowly still updates the weights. 0 gives the plain perceptron.
    /// </summary>
    /// <value>
    /// Defaults to 0. On the default model's data a margin of 10 scored within the seed-to-seed spread of the plain
    /// perceptron (see <c>models/ner/MODEL.md</c>).
    /// </value>
    public float Margin { get; set; }

    /// <summary>Gets or sets the smallest absolute averaged weight kept in the saved model.</summary>
    /// <value>Defaults to 0.001.</value>
    public float PruneThreshold { get; set; } = 0.001f;

    /// <summary>Gets the mapping from data labels to model labels, applied before training; map a label to <c>O</c> to drop it.</summary>
    /// <value>Defaults to an empty map (labels kept as written).</value>
    public IDictionary<string, string> LabelMap { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Gets or sets the labels to keep after mapping; others are dropped.</summary>
    /// <value>Defaults to <see langword="null"/> (keep every label).</value>
    public IReadOnlyCollection<string>? Labels { get; set; }

    /// <summary>Gets the gazetteers used as features (at most 7); their tokens are stored in the model.</summary>
    /// <value>Defaults to an empty list.</value>
    public IList<EntityGazetteer> Gazetteers { get; } = [];

    /// <summary>
    /// Gets or sets word clusters learnt from unlabelled text (see <see cref="WordClusterBuilder"/>); the prefixes of a
    /// word's cluster path and of its neighbours' become features, and every clustered word is stored in the model so
    /// names never seen in the annotated data still get them.
    /// </summary>
    /// <value>Defaults to <see langword="null"/> (no cluster features).</value>
    public WordClusters? Clusters { get; set; }

    /// <summary>Gets or sets the receiver of per-epoch progress.</summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    public IProgress<EntityTrainingProgress>? Progress { get; set; }

    /// <summary>Gets or sets a free-text description stored in the model (data, command).</summary>
    /// <value>Defaults to an empty string.</value>
    public string Description { get; set; } = string.Empty;

    internal void Validate()
    {
        if (Epochs < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Epochs), Epochs, "Epochs must be at least 1.");
        }

        if (EnsembleSize is < 1 or > 16)
        {
            throw new ArgumentOutOfRangeException(nameof(EnsembleSize), EnsembleSize, "EnsembleSize must lie between 1 and 16.");
        }

        if (Patience < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Patience), Patience, "Patience must be at least 1.");
        }

        if (MinFeatureCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinFeatureCount), MinFeatureCount, "MinFeatureCount must be at least 1.");
        }

        if (Margin < 0 || !float.IsFinite(Margin))
        {
            throw new ArgumentOutOfRangeException(nameof(Margin), Margin, "Margin must be a finite, non-negative number.");
        }

        if (PruneThreshold < 0 || !float.IsFinite(PruneThreshold))
        {
            throw new ArgumentOutOfRangeException(nameof(PruneThreshold), PruneThreshold, "PruneThreshold must be a finite, non-negative number.");
        }

        if (Gazetteers.Count > 7)
        {
            throw new ArgumentException($"At most 7 gazetteers are supported; got {Gazetteers.Count}.", nameof(Gazetteers));
        }
    }
}
