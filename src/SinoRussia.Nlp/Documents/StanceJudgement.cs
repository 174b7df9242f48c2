namespace SinoRussia.Nlp.Documents;

/// <summary>
/// The stance a unit of text (a paragraph or a whole document) takes toward a target, with a probability per label.
/// </summary>
/// <remarks>Immutable and safe to share across threads.</remarks>
public sealed class StanceJudgement
{
    /// <summary>Creates a judgement.</summary>
    /// <param name="target">The proposition the stance is about, such as "Sino-Russian alignment".</param>
    /// <param name="label">The most probable label.</param>
    /// <param name="scores">Probability per label; the values should sum to 1.</param>
    /// <param name="evidence">The phrases that weighed most, strongest first.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is not a key of <paramref name="scores"/>.</exception>
    public StanceJudgement(string target, string label, IReadOnlyDictionary<string, float> scores, IReadOnlyList<StanceEvidence>? evidence = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(scores);
        if (!scores.ContainsKey(label))
        {
            throw new ArgumentException($"The label '{label}' has no score.", nameof(label));
        }

        Target = target;
        Label = label;
        Scores = scores;
        Evidence = evidence ?? [];
    }

    /// <summary>Gets the proposition the stance is about.</summary>
    public string Target { get; }

    /// <summary>Gets the most probable label.</summary>
    public string Label { get; }

    /// <summary>Gets the probability of each label.</summary>
    public IReadOnlyDictionary<string, float> Scores { get; }

    /// <summary>Gets the phrases that weighed most toward <see cref="Label"/>, strongest first.</summary>
    public IReadOnlyList<StanceEvidence> Evidence { get; }
}
