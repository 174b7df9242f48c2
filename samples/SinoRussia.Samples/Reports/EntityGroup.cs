namespace SinoRussia.Samples.Reports;

/// <summary>The mentions of one entity: its canonical name (or, without one, its text), type, count and spellings.</summary>
internal sealed record EntityGroup(string Label, string Name, int Count, IReadOnlyList<string> Spellings);
