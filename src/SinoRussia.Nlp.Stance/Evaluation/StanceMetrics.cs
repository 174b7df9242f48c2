using System.Globalization;
using System.Text;

namespace SinoRussia.Nlp.Stance;

/// <summary>
/// Classification metrics of a stance model: accuracy, macro-F1, F_avg (the mean F1 of <c>favor</c> and
/// <c>against</c>, as in SemEval-2016 task 6), per-label precision/recall/F1 and the confusion matrix.
/// </summary>
/// <remarks>Immutable. Macro-F1 averages over the labels that occur in the gold data or the predictions.</remarks>
public sealed class StanceMetrics
{
    private readonly int[,] _confusion;

    private StanceMetrics(IReadOnlyList<string> labels, int[,] confusion)
    {
        Labels = labels;
        _confusion = confusion;
        var k = labels.Count;
        var perClass = new Dictionary<string, StanceClassMetrics>(StringComparer.Ordinal);
        var confusionView = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal);
        var correct = 0;
        var total = 0;
        var f1Sum = 0.0;
        var f1Count = 0;
        for (var g = 0; g < k; g++)
        {
            var row = new Dictionary<string, int>(StringComparer.Ordinal);
            var gold = 0;
            var predicted = 0;
            for (var p = 0; p < k; p++)
            {
                row[labels[p]] = confusion[g, p];
                gold += confusion[g, p];
                predicted += confusion[p, g];
                total += confusion[g, p];
            }

            confusionView[labels[g]] = row;
            var tp = confusion[g, g];
            correct += tp;
            var precision = predicted == 0 ? 0 : (double)tp / predicted;
            var recall = gold == 0 ? 0 : (double)tp / gold;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perClass[labels[g]] = new StanceClassMetrics(precision, recall, f1, gold);
            if (gold > 0 || predicted > 0)
            {
                f1Sum += f1;
                f1Count++;
            }
        }

        Count = total;
        Accuracy = total == 0 ? 0 : (double)correct / total;
        MacroF1 = f1Count == 0 ? 0 : f1Sum / f1Count;
        PerClass = perClass;
        Confusion = confusionView;
        if (perClass.TryGetValue("favor", out var favor) && perClass.TryGetValue("against", out var against))
        {
            FAvg = (favor.F1 + against.F1) / 2;
        }
    }

    /// <summary>Gets the labels, in the order of the confusion matrix.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Gets the number of scored examples.</summary>
    public int Count { get; }

    /// <summary>Gets the fraction of examples whose predicted label is the gold label.</summary>
    public double Accuracy { get; }

    /// <summary>Gets the unweighted mean of the per-label F1 scores.</summary>
    public double MacroF1 { get; }

    /// <summary>Gets the mean F1 of <c>favor</c> and <c>against</c>, or <see langword="null"/> when the label set lacks either.</summary>
    public double? FAvg { get; }

    /// <summary>Gets precision, recall, F1 and support per label.</summary>
    public IReadOnlyDictionary<string, StanceClassMetrics> PerClass { get; }

    /// <summary>Gets the confusion matrix: <c>Confusion[gold][predicted]</c> is the number of examples.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Confusion { get; }

    /// <summary>Computes the metrics from a confusion matrix.</summary>
    /// <param name="labels">The labels, indexing both dimensions of <paramref name="confusion"/>.</param>
    /// <param name="confusion">Counts: <c>confusion[gold, predicted]</c>.</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="ArgumentException">The matrix is not square with one row per label, a count is negative, or labels repeat.</exception>
    public static StanceMetrics FromConfusion(IReadOnlyList<string> labels, int[,] confusion)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(confusion);
        if (confusion.GetLength(0) != labels.Count || confusion.GetLength(1) != labels.Count)
        {
            throw new ArgumentException($"The confusion matrix is {confusion.GetLength(0)}x{confusion.GetLength(1)} for {labels.Count} labels.", nameof(confusion));
        }

        if (labels.Distinct(StringComparer.Ordinal).Count() != labels.Count)
        {
            throw new ArgumentException("The labels must be distinct.", nameof(labels));
        }

        foreach (var n in confusion)
        {
            if (n < 0)
            {
                throw new ArgumentException("Confusion counts must be non-negative.", nameof(confusion));
            }
        }

        return new StanceMetrics([.. labels], (int[,])confusion.Clone());
    }

    /// <summary>Computes the metrics from pairs of gold and predicted labels.</summary>
    /// <param name="labels">The label set.</param>
    /// <param name="pairs">Gold and predicted label of each example.</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="ArgumentException">A gold or predicted label is not in <paramref name="labels"/>.</exception>
    public static StanceMetrics Compute(IReadOnlyList<string> labels, IEnumerable<(string Gold, string Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(pairs);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Count; i++)
        {
            index[labels[i]] = i;
        }

        var confusion = new int[labels.Count, labels.Count];
        foreach (var (gold, predicted) in pairs)
        {
            if (!index.TryGetValue(gold, out var g) || !index.TryGetValue(predicted, out var p))
            {
                throw new ArgumentException($"The pair ('{gold}', '{predicted}') has a label outside [{string.Join(", ", labels)}].", nameof(pairs));
            }

            confusion[g, p]++;
        }

        return FromConfusion(labels, confusion);
    }

    /// <summary>Formats the metrics as a plain-text table (per-label P/R/F, confusion matrix, summary line).</summary>
    /// <returns>The table.</returns>
    public string ToTable()
    {
        var c = CultureInfo.InvariantCulture;
        var width = Math.Max(9, Labels.Max(l => l.Length) + 2);
        var sb = new StringBuilder();
        sb.Append("label".PadRight(width)).Append("precision  recall     f1  support\n");
        foreach (var label in Labels)
        {
            var m = PerClass[label];
            sb.Append(label.PadRight(width))
                .Append(m.Precision.ToString("0.0000", c).PadLeft(9)).Append(m.Recall.ToString("0.0000", c).PadLeft(8))
                .Append(m.F1.ToString("0.0000", c).PadLeft(7)).Append(m.Support.ToString(c).PadLeft(9)).Append('\n');
        }

        sb.Append('\n').Append("gold \\ pred".PadRight(width + 2));
        foreach (var label in Labels)
        {
            sb.Append(label.PadLeft(width));
        }

        sb.Append('\n');
        for (var g = 0; g < Labels.Count; g++)
        {
            sb.Append(Labels[g].PadRight(width + 2));
            for (var p = 0; p < Labels.Count; p++)
            {
                sb.Append(_confusion[g, p].ToString(c).PadLeft(width));
            }

            sb.Append('\n');
        }

        sb.Append('\n').Append(c, $"accuracy {Accuracy:0.0000}  macro-F1 {MacroF1:0.0000}");
        if (FAvg is { } fAvg)
        {
            sb.Append(c, $"  F_avg {fAvg:0.0000}");
        }

        sb.Append(c, $"  n={Count}\n");
        return sb.ToString();
    }
}
