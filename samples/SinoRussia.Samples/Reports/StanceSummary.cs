using SinoRussia.Nlp.Documents;

namespace SinoRussia.Samples.Reports;

/// <summary>A stance label with its probabilities, in a fixed label order (favor, against, none, then any others).</summary>
internal sealed record StanceSummary(string Label, IReadOnlyList<KeyValuePair<string, float>> Scores)
{
    private static readonly string[] KnownOrder = ["favor", "against", "none"];

    public float ScoreOf(string label)
    {
        foreach (var (key, value) in Scores)
        {
            if (key == label)
            {
                return value;
            }
        }

        return 0f;
    }

    public static StanceSummary From(StanceJudgement judgement) =>
        new(judgement.Label, [.. judgement.Scores.OrderBy(p => Rank(p.Key)).ThenBy(p => p.Key, StringComparer.Ordinal)]);

    private static int Rank(string label)
    {
        var index = Array.IndexOf(KnownOrder, label);
        return index < 0 ? KnownOrder.Length : index;
    }
}
