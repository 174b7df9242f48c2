namespace SinoRussia.Samples.Reports;

/// <summary>A paragraph that weighs toward the document's stance: its position, its judgement and its evidence phrases.</summary>
internal sealed record ParagraphHighlight(int Index, int Start, int End, string Preview, StanceSummary Stance, float Weight, IReadOnlyList<string> Evidence);
