namespace SinoRussia.Nlp.Stance;

/// <summary>Precision, recall and F1 of one label.</summary>
/// <param name="Precision">Correct predictions of the label divided by all predictions of it (0 when it was never predicted).</param>
/// <param name="Recall">Correct predictions of the label divided by its gold occurrences (0 when it never occurs).</param>
/// <param name="F1">The harmonic mean of precision and recall (0 when both are 0).</param>
/// <param name="Support">The number of gold occurrences.</param>
public sealed record StanceClassMetrics(double Precision, double Recall, double F1, int Support);
