namespace SinoRussia.Samples.Reports;

/// <summary>
/// Accumulates what the reports show across documents: one row per document, entity counts per type, entity
/// pairs that share a sentence, and failed inputs. Keeps no document, so memory does not grow with text size.
/// </summary>
internal sealed class CorpusSummary
{
    private readonly List<DocumentRow> _documents = [];
    private readonly List<FailedInput> _failures = [];
    private readonly SortedDictionary<string, int> _entityCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<(string First, string Second), (int Sentences, int Documents)> _pairs = [];

    public IReadOnlyList<DocumentRow> Documents => _documents;

    public IReadOnlyList<FailedInput> Failures => _failures;

    public IReadOnlyDictionary<string, int> EntityCountsByType => _entityCounts;

    public int TotalWords { get; private set; }

    public void Add(DocumentSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        _documents.Add(new DocumentRow(summary.Source, summary.Title, summary.Words, summary.EntityCount, summary.Stance));
        TotalWords += summary.Words;
        foreach (var (label, count) in summary.EntityCountsByType)
        {
            _entityCounts[label] = _entityCounts.GetValueOrDefault(label) + count;
        }

        foreach (var (pair, sentences) in summary.CoOccurrences)
        {
            var (s, d) = _pairs.GetValueOrDefault(pair);
            _pairs[pair] = (s + sentences, d + 1);
        }
    }

    public void AddFailure(string source, string message) => _failures.Add(new FailedInput(source, message));

    public IReadOnlyList<EntityPair> TopPairs(int count) =>
    [
        .. _pairs
            .OrderByDescending(p => p.Value.Sentences)
            .ThenByDescending(p => p.Value.Documents)
            .ThenBy(p => p.Key.First, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Second, StringComparer.Ordinal)
            .Take(count)
            .Select(p => new EntityPair(p.Key.First, p.Key.Second, p.Value.Sentences, p.Value.Documents)),
    ];

    /// <summary>Counts documents per stance label (documents without stance are left out).</summary>
    public IReadOnlyDictionary<string, int> StanceCounts() =>
        _documents.Where(d => d.Stance is not null)
            .GroupBy(d => d.Stance!.Label, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
