using System.Text;
using SinoRussia.Nlp.Documents;

namespace SinoRussia.Samples.Reports;

/// <summary>
/// Reduces an analysed document to what the reports show: title, counts, stance, the paragraphs that weigh most
/// toward the document's stance, entities grouped by canonical name, and entity pairs that share a sentence.
/// Works with whatever layers the document carries.
/// </summary>
internal static class DocumentSummarizer
{
    public const int TopParagraphCount = 3;
    public const int TopEntitiesPerType = 5;
    public const int EvidencePerParagraph = 3;
    private const int TitleLength = 100;
    private const int PreviewLength = 160;

    /// <summary>
    /// Entity types counted but left out of co-occurrence pairs: numbers and times, and nationality adjectives
    /// (NORP), which would pair every country with its own adjective ("China + Chinese").
    /// </summary>
    public static IReadOnlySet<string> LabelsLeftOutOfPairs { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "NORP",
    };

    public static DocumentSummary Summarize(Document document, string source)
    {
        ArgumentNullException.ThrowIfNull(document);
        var stance = document.Stance is { } judgement ? StanceSummary.From(judgement) : null;
        var (countsByType, topByType) = GroupEntities(document);
        return new DocumentSummary(
            source,
            Title(document.Text),
            document.Text.Length,
            CountWords(document),
            document.Sentences.Count,
            document.Paragraphs.Count,
            document.Entities.Count,
            stance,
            TopParagraphs(document, stance),
            countsByType,
            topByType,
            CoOccurrences(document));
    }

    public static string Title(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (!trimmed.IsEmpty)
            {
                return Shorten(trimmed, TitleLength);
            }
        }

        return string.Empty;
    }

    public static string EntityName(Entity entity) => entity.CanonicalId ?? CollapseWhitespace(entity.AsSpan());

    public static string Shorten(ReadOnlySpan<char> text, int maxLength)
    {
        var collapsed = CollapseWhitespace(text);
        return collapsed.Length <= maxLength ? collapsed : string.Concat(collapsed.AsSpan(0, maxLength - 1).TrimEnd(), "…");
    }

    private static int CountWords(Document document)
    {
        var words = 0;
        foreach (var token in document.Tokens)
        {
            if (token.Kind is TokenKind.Word or TokenKind.Number)
            {
                words++;
            }
        }

        return words;
    }

    private static IReadOnlyList<ParagraphHighlight> TopParagraphs(Document document, StanceSummary? stance)
    {
        if (stance is null)
        {
            return [];
        }

        var candidates = new List<ParagraphHighlight>();
        foreach (var paragraph in document.Paragraphs)
        {
            if (document.GetParagraphStance(paragraph.Index) is not { } judgement)
            {
                continue;
            }

            var paragraphStance = StanceSummary.From(judgement);
            var evidence = judgement.Evidence.Take(EvidencePerParagraph).Select(e => e.Phrase).ToArray();
            candidates.Add(new ParagraphHighlight(
                paragraph.Index,
                paragraph.Start,
                paragraph.End,
                Shorten(paragraph.AsSpan(), PreviewLength),
                paragraphStance,
                paragraphStance.ScoreOf(stance.Label),
                evidence));
        }

        return [.. candidates
            .OrderByDescending(p => p.Stance.Label == stance.Label)
            .ThenByDescending(p => p.Weight)
            .ThenBy(p => p.Index)
            .Take(TopParagraphCount)];
    }

    private static (IReadOnlyDictionary<string, int> Counts, IReadOnlyDictionary<string, IReadOnlyList<EntityGroup>> Top) GroupEntities(Document document)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var groups = new Dictionary<(string Label, string Name), (int Count, List<string> Spellings)>();
        foreach (var entity in document.Entities)
        {
            counts[entity.Label] = counts.GetValueOrDefault(entity.Label) + 1;
            var key = (entity.Label, EntityName(entity));
            if (!groups.TryGetValue(key, out var group))
            {
                group = (0, []);
            }

            var spelling = CollapseWhitespace(entity.AsSpan());
            if (!group.Spellings.Contains(spelling))
            {
                group.Spellings.Add(spelling);
            }

            groups[key] = (group.Count + 1, group.Spellings);
        }

        var top = new SortedDictionary<string, IReadOnlyList<EntityGroup>>(StringComparer.Ordinal);
        foreach (var byLabel in groups.GroupBy(g => g.Key.Label))
        {
            top[byLabel.Key] = [.. byLabel
                .OrderByDescending(g => g.Value.Count)
                .ThenBy(g => g.Key.Name, StringComparer.Ordinal)
                .Take(TopEntitiesPerType)
                .Select(g => new EntityGroup(byLabel.Key, g.Key.Name, g.Value.Count, g.Value.Spellings))];
        }

        return (counts, top);
    }

    private static IReadOnlyDictionary<(string First, string Second), int> CoOccurrences(Document document)
    {
        var pairs = new Dictionary<(string, string), int>();
        if (document.Sentences.Count == 0 || document.Entities.Count < 2)
        {
            return pairs;
        }

        var sentences = document.Sentences;
        var names = new SortedSet<string>(StringComparer.Ordinal);
        var currentSentence = -1;
        foreach (var entity in document.Entities)
        {
            if (LabelsLeftOutOfPairs.Contains(entity.Label))
            {
                continue;
            }

            var sentence = sentences.IndexOfToken(entity.TokenRange.Start);
            if (sentence < 0)
            {
                continue;
            }

            if (sentence != currentSentence)
            {
                CountPairs(names, pairs);
                names.Clear();
                currentSentence = sentence;
            }

            names.Add(EntityName(entity));
        }

        CountPairs(names, pairs);
        return pairs;
    }

    private static void CountPairs(SortedSet<string> names, Dictionary<(string, string), int> pairs)
    {
        if (names.Count < 2)
        {
            return;
        }

        var ordered = names.ToArray();
        for (var i = 0; i < ordered.Length; i++)
        {
            for (var j = i + 1; j < ordered.Length; j++)
            {
                var key = (ordered[i], ordered[j]);
                pairs[key] = pairs.GetValueOrDefault(key) + 1;
            }
        }
    }

    private static string CollapseWhitespace(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
