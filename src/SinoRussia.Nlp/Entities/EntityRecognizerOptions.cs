using SinoRussia.Nlp.Entities.Models;
using SinoRussia.Nlp.Entities.Rules;

namespace SinoRussia.Nlp.Entities;

/// <summary>Settings of <see cref="EntityRecognizer"/>.</summary>
public sealed class EntityRecognizerOptions
{
    /// <summary>Gets or sets the statistical model.</summary>
    /// <value>Defaults to <see langword="null"/>: <see cref="ModelPath"/> if set, otherwise the embedded default model (<see cref="EntityModel.Default"/>).</value>
    public EntityModel? Model { get; set; }

    /// <summary>Gets or sets a model file to load when <see cref="Model"/> is not set.</summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    public string? ModelPath { get; set; }

    /// <summary>Gets or sets whether the statistical tagger runs at all (turn off for rules and patterns only).</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool UseStatisticalModel { get; set; } = true;

    /// <summary>Gets or sets whether the DATE, TIME, MONEY, PERCENT, QUANTITY and CARDINAL rules run.</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool UseNumericRules { get; set; } = true;

    /// <summary>Gets or sets whether capitalised names headed by Treaty, Agreement, War, Forum, … become LAW and EVENT entities.</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool UseNameRules { get; set; } = true;

    /// <summary>Gets or sets whether the model's LOC entities are split into GPE (countries, cities, administrative units) and LOC (continents, regions, seas, rivers) with the embedded gazetteer.</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool SplitLocations { get; set; } = true;

    /// <summary>
    /// Gets or sets a value indicating whether a name found with at least <see cref="MinimumScore"/> is also labelled where it
    /// recurs unlabelled in the same document (capitalised, whole-name occurrences only), and a person's surname where it
    /// recurs alone; a name found with two labels in one document takes, where the statistical model found it, the label
    /// with the largest summed confidence (GPE and LOC count together; patterns and rules vote but keep their labels).
    /// </summary>
    /// <value><see langword="true"/>.</value>
    public bool PropagateWithinDocument { get; set; } = true;

    /// <summary>Gets the phrase-matcher (entity ruler) settings.</summary>
    /// <value>Built-in patterns on, overwrite policy, case-sensitive.</value>
    public EntityRulerOptions Ruler { get; } = new();

    /// <summary>
    /// Gets or sets the smallest confidence an entity of the statistical model needs to be kept. The confidence is a
    /// logistic function of the margin between labelling the span and leaving it outside any entity (0.5 = a tie).
    /// </summary>
    /// <value>Defaults to 0.7 (chosen on the UNER English-EWT development set).</value>
    public float MinimumScore { get; set; } = 0.7f;

    internal void Validate()
    {
        if (float.IsNaN(MinimumScore) || MinimumScore < 0f || MinimumScore > 1f)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumScore), MinimumScore, "MinimumScore must lie in [0, 1].");
        }

        foreach (var file in Ruler.PatternFiles)
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"Entity pattern file '{file}' does not exist.", file);
            }
        }

        foreach (var p in Ruler.Patterns)
        {
            if (p is null || string.IsNullOrWhiteSpace(p.Label) || string.IsNullOrWhiteSpace(p.Pattern))
            {
                throw new ArgumentException("Every entity pattern needs a non-empty label and pattern.", nameof(Ruler));
            }
        }
    }
}
