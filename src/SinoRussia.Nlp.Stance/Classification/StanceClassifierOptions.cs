namespace SinoRussia.Nlp.Stance;

/// <summary>Settings for <see cref="StanceClassifier"/>.</summary>
public sealed class StanceClassifierOptions
{
    /// <summary>Gets or sets the model.</summary>
    /// <value>Defaults to <see langword="null"/>: <see cref="StanceModel.Default"/> (target "Sino-Russian alignment", labels favor, against, none).</value>
    public StanceModel? Model { get; set; }

    /// <summary>Gets or sets the fewest words a paragraph needs to be judged; shorter paragraphs get a <see langword="null"/> judgement.</summary>
    /// <value>Defaults to 25, as <c>ANNOTATION.md</c> prescribes.</value>
    public int MinWords { get; set; } = 25;

    /// <summary>Gets or sets how many evidence phrases each judgement carries.</summary>
    /// <value>Defaults to 5.</value>
    public int EvidenceCount { get; set; } = 5;

    /// <summary>Gets or sets the target the model must have; a model for another target is rejected when the classifier is created.</summary>
    /// <value>Defaults to <see langword="null"/> (any target).</value>
    public string? RequiredTarget { get; set; }

    /// <summary>Gets or sets the label set the model must have (order ignored); another label set is rejected when the classifier is created.</summary>
    /// <value>Defaults to <see langword="null"/> (any labels).</value>
    public IReadOnlyCollection<string>? RequiredLabels { get; set; }

    internal void Validate()
    {
        if (MinWords < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinWords), MinWords, "StanceClassifierOptions.MinWords must be at least 1.");
        }

        if (EvidenceCount < 0 || EvidenceCount > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(EvidenceCount), EvidenceCount, "StanceClassifierOptions.EvidenceCount must be between 0 and 100.");
        }
    }
}
