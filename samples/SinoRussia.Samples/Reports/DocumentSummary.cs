namespace SinoRussia.Samples.Reports;

/// <summary>What the reports show of one analysed document; small, so a run keeps it after the document is gone.</summary>
internal sealed record DocumentSummary(
    string Source,
    string Title,
    int Characters,
    int Words,
    int Sentences,
    int Paragraphs,
    int EntityCount,
    StanceSummary? Stance,
    IReadOnlyList<ParagraphHighlight> TopParagraphs,
    IReadOnlyDictionary<string, int> EntityCountsByType,
    IReadOnlyDictionary<string, IReadOnlyList<EntityGroup>> TopEntitiesByType,
    IReadOnlyDictionary<(string First, string Second), int> CoOccurrences);
