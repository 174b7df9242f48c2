namespace SinoRussia.Samples.Reports;

/// <summary>One line of the comparison across documents.</summary>
internal sealed record DocumentRow(string Source, string Title, int Words, int Entities, StanceSummary? Stance);
