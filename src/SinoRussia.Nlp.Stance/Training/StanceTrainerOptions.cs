namespace SinoRussia.Nlp.Stance;

/// <summary>Settings for <see cref="StanceTrainer"/>.</summary>
public sealed class StanceTrainerOptions
{
    /// <summary>Gets or sets the learner.</summary>
    /// <value>Defaults to <see cref="StanceTrainerKind.SdcaMaximumEntropy"/>.</value>
    public StanceTrainerKind Trainer { get; set; } = StanceTrainerKind.SdcaMaximumEntropy;

    /// <summary>Gets or sets the target recorded in the model.</summary>
    /// <value>Defaults to <see langword="null"/>: the data's target when every row has the same one, else <c>"mixed"</c>.</value>
    public string? Target { get; set; }

    /// <summary>Gets or sets the label set, in the order the model reports them.</summary>
    /// <value>Defaults to <see langword="null"/>: the labels found in the data (favor, against, none first, then the others in ordinal order).</value>
    public IReadOnlyList<string>? Labels { get; set; }

    /// <summary>Gets or sets the shortest word n-gram.</summary>
    /// <value>Defaults to 1.</value>
    public int WordNgramMin { get; set; } = 1;

    /// <summary>Gets or sets the longest word n-gram.</summary>
    /// <value>Defaults to 2.</value>
    public int WordNgramMax { get; set; } = 2;

    /// <summary>Gets or sets a value indicating whether character n-grams inside words are features too.</summary>
    /// <value>Defaults to <see langword="false"/>.</value>
    public bool CharNgrams { get; set; }

    /// <summary>Gets or sets the shortest character n-gram (with the word padded by a space each side).</summary>
    /// <value>Defaults to 3.</value>
    public int CharNgramMin { get; set; } = 3;

    /// <summary>Gets or sets the longest character n-gram.</summary>
    /// <value>Defaults to 5.</value>
    public int CharNgramMax { get; set; } = 5;

    /// <summary>Gets or sets the number of training rows a feature must occur in to be kept.</summary>
    /// <value>Defaults to 2.</value>
    public int MinDocumentFrequency { get; set; } = 2;

    /// <summary>
    /// Gets or sets a value indicating whether the text is paired with its target: target words become features, and
    /// n-grams around text words that echo the target are added with those words replaced by a placeholder
    /// (so "ban _t_" learnt on one topic carries over to an unseen one).
    /// </summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool TargetFeatures { get; set; } = true;

    /// <summary>Gets or sets how entity mentions are featurised when examples (or, at prediction, documents) carry entities.</summary>
    /// <value>Defaults to <see cref="StanceEntityFeatures.None"/>.</value>
    public StanceEntityFeatures EntityFeatures { get; set; } = StanceEntityFeatures.None;

    /// <summary>Gets or sets a weight per label for the training loss; labels not listed weigh 1.</summary>
    /// <value>Defaults to <see langword="null"/> (every label weighs 1, unless <see cref="BalanceClasses"/> is set).</value>
    public IReadOnlyDictionary<string, float>? ClassWeights { get; set; }

    /// <summary>Gets or sets a value indicating whether each label is weighted inversely to its frequency (ignored when <see cref="ClassWeights"/> is set).</summary>
    /// <value>Defaults to <see langword="false"/>.</value>
    public bool BalanceClasses { get; set; }

    /// <summary>Gets or sets the L2 regularisation strength of the linear learners.</summary>
    /// <value>Defaults to <see langword="null"/>: ML.NET's default for the learner.</value>
    public float? L2Regularization { get; set; }

    /// <summary>Gets or sets the maximum number of passes (SDCA), iterations (L-BFGS) or boosting rounds (LightGBM).</summary>
    /// <value>Defaults to <see langword="null"/>: ML.NET's default for the learner.</value>
    public int? MaximumIterations { get; set; }

    /// <summary>Gets or sets the random seed; the same data, options and seed give the same model.</summary>
    /// <value>Defaults to 1.</value>
    public int Seed { get; set; } = 1;

    /// <summary>Gets or sets the number of cross-validation folds (grouped by <see cref="StanceExample.Group"/>); 0 or 1 turns cross-validation off.</summary>
    /// <value>Defaults to 5.</value>
    public int Folds { get; set; } = 5;

    internal void Validate()
    {
        if (WordNgramMin < 1 || WordNgramMax < WordNgramMin || WordNgramMax > 6)
        {
            throw new ArgumentException($"Word n-gram range {WordNgramMin}-{WordNgramMax} is invalid: use 1 <= min <= max <= 6.");
        }

        if (CharNgrams && (CharNgramMin < 1 || CharNgramMax < CharNgramMin || CharNgramMax > 10))
        {
            throw new ArgumentException($"Character n-gram range {CharNgramMin}-{CharNgramMax} is invalid: use 1 <= min <= max <= 10.");
        }

        if (MinDocumentFrequency < 1)
        {
            throw new ArgumentException($"MinDocumentFrequency is {MinDocumentFrequency}; it must be at least 1.");
        }

        if (Folds < 0 || Folds > 100)
        {
            throw new ArgumentException($"Folds is {Folds}; use 0 (no cross-validation) or 2..100.");
        }

        if (L2Regularization is < 0 || MaximumIterations is <= 0)
        {
            throw new ArgumentException("L2Regularization must be non-negative and MaximumIterations positive.");
        }
    }

    internal FeatureSettings ToFeatureSettings() => new()
    {
        WordNgramMin = WordNgramMin,
        WordNgramMax = WordNgramMax,
        CharNgrams = CharNgrams,
        CharNgramMin = CharNgramMin,
        CharNgramMax = CharNgramMax,
        MinDocumentFrequency = MinDocumentFrequency,
        TargetFeatures = TargetFeatures,
        EntityFeatures = EntityFeatures,
    };
}
