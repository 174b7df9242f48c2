namespace SinoRussia.Nlp.Corpora;

/// <summary>Precision, recall and F1 of predicted spans against gold spans, counting exact matches.</summary>
/// <param name="Matched">Predicted spans that equal a gold span.</param>
/// <param name="Predicted">Number of predicted spans.</param>
/// <param name="Gold">Number of gold spans.</param>
public readonly record struct SpanScore(int Matched, int Predicted, int Gold)
{
    /// <summary>Gets the precision as a fraction (1 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 1 : (double)Matched / Predicted;

    /// <summary>Gets the recall as a fraction (1 when there is no gold span).</summary>
    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;

    /// <summary>Gets the harmonic mean of precision and recall (0 when both are 0).</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Scores two span sequences, each sorted by start offset and non-overlapping, in one merge pass.</summary>
    /// <param name="predicted">Predicted spans in text order.</param>
    /// <param name="gold">Gold spans in text order.</param>
    /// <returns>The score.</returns>
    public static SpanScore Compute(IReadOnlyList<CharacterSpan> predicted, IReadOnlyList<CharacterSpan> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        int i = 0, j = 0, matched = 0;
        while (i < predicted.Count && j < gold.Count)
        {
            var p = predicted[i];
            var g = gold[j];
            if (p == g)
            {
                matched++;
                i++;
                j++;
            }
            else if (p.Start < g.Start || (p.Start == g.Start && p.End < g.End))
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return new SpanScore(matched, predicted.Count, gold.Count);
    }
}
