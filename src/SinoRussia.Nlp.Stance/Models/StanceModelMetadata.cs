namespace SinoRussia.Nlp.Stance;

/// <summary>What a stance model file records about itself: target, labels, feature settings, training data and metrics.</summary>
/// <remarks>Immutable; written as JSON next to the ML.NET model inside the model file.</remarks>
public sealed record StanceModelMetadata
{
    /// <summary>The format name every model file carries.</summary>
    public const string FormatName = "sinorussia-nlp-stance";

    /// <summary>The current format version.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>Gets the format name; always <see cref="FormatName"/>.</summary>
    public string Format { get; init; } = FormatName;

    /// <summary>Gets the format version.</summary>
    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>Gets the proposition the model judges stance toward.</summary>
    public string Target { get; init; } = "";

    /// <summary>Gets the labels, in the order of the model's scores.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Gets the learner that trained the model.</summary>
    public StanceTrainerKind Trainer { get; init; }

    /// <summary>Gets the shortest word n-gram.</summary>
    public int WordNgramMin { get; init; }

    /// <summary>Gets the longest word n-gram.</summary>
    public int WordNgramMax { get; init; }

    /// <summary>Gets a value indicating whether character n-grams are features.</summary>
    public bool CharNgrams { get; init; }

    /// <summary>Gets the shortest character n-gram.</summary>
    public int CharNgramMin { get; init; }

    /// <summary>Gets the longest character n-gram.</summary>
    public int CharNgramMax { get; init; }

    /// <summary>Gets the minimum document frequency of kept features.</summary>
    public int MinDocumentFrequency { get; init; }

    /// <summary>Gets a value indicating whether target-paired features are used.</summary>
    public bool TargetFeatures { get; init; }

    /// <summary>Gets how entity mentions are featurised.</summary>
    public StanceEntityFeatures EntityFeatures { get; init; }

    /// <summary>Gets the number of features (n-grams) in the vocabulary.</summary>
    public int FeatureCount { get; init; }

    /// <summary>Gets the SHA-256 (hex) of the training rows (label, target, text), for provenance.</summary>
    public string TrainingDataHash { get; init; } = "";

    /// <summary>Gets the number of training rows.</summary>
    public int TrainingRows { get; init; }

    /// <summary>Gets the random seed used for training.</summary>
    public int Seed { get; init; }

    /// <summary>Gets the number of cross-validation folds, or 0 when none was run.</summary>
    public int CrossValidationFolds { get; init; }

    /// <summary>Gets the cross-validated accuracy, when cross-validation was run.</summary>
    public double? CrossValidationAccuracy { get; init; }

    /// <summary>Gets the cross-validated macro-F1, when cross-validation was run.</summary>
    public double? CrossValidationMacroF1 { get; init; }

    /// <summary>Gets the cross-validated F_avg of favor and against, when cross-validation was run and both labels exist.</summary>
    public double? CrossValidationFAvg { get; init; }

    /// <summary>Gets the cross-validated per-label metrics, when cross-validation was run.</summary>
    public IReadOnlyDictionary<string, StanceClassMetrics>? CrossValidationPerClass { get; init; }

    /// <summary>Gets the version of SinoRussia.Nlp.Stance that wrote the model.</summary>
    public string LibraryVersion { get; init; } = "";

    /// <summary>Gets the version of ML.NET that trained the model.</summary>
    public string MlNetVersion { get; init; } = "";

    /// <summary>Gets the SHA-256 (hex) of each other entry of the model file, checked on load.</summary>
    public IReadOnlyDictionary<string, string> Checksums { get; init; } = new Dictionary<string, string>();

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
