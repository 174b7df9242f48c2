using SinoRussia.Nlp.Documents;

namespace SinoRussia.Samples.Tests.TestSupport;

/// <summary>
/// Builds annotated documents by hand, independent of any model: tokens are letter/digit runs and single other
/// characters, paragraphs are separated by blank lines, sentences end at '.', '!' or '?'. Entities are named by
/// their text (each occurrence is annotated); stance is given per paragraph.
/// </summary>
internal sealed class HandDocument
{
    private readonly string _text;
    private readonly List<(string Text, string Label, string? Canonical)> _entities = [];
    private StanceJudgement? _documentStance;
    private List<StanceJudgement?>? _paragraphStances;

    public HandDocument(string text)
    {
        _text = text;
    }

    public HandDocument Entity(string text, string label, string? canonical = null)
    {
        _entities.Add((text, label, canonical));
        return this;
    }

    public HandDocument Stance(StanceJudgement? document, params StanceJudgement?[] paragraphs)
    {
        _documentStance = document;
        _paragraphStances = [.. paragraphs];
        return this;
    }

    public static StanceJudgement Judgement(float favor, float against, float none, params string[] evidence)
    {
        var scores = new Dictionary<string, float> { ["favor"] = favor, ["against"] = against, ["none"] = none };
        var label = scores.MaxBy(p => p.Value).Key;
        return new StanceJudgement("Sino-Russian alignment", label, scores, [.. evidence.Select((e, i) => new StanceEvidence(e, label, 1f - (i * 0.1f)))]);
    }

    public Document Build(bool freeze = true)
    {
        var document = new Document(_text);
        Segment(document);
        if (_entities.Count > 0)
        {
            document.SetEntities(FindEntities());
        }

        if (_paragraphStances is not null)
        {
            document.SetStance(_documentStance, _paragraphStances);
        }

        if (freeze)
        {
            document.Freeze();
        }

        return document;
    }

    internal static void Segment(Document document)
    {
        var text = document.Text;
        var buffer = new TokenBuffer();
        var paragraphs = new List<TokenRange>();
        var sentences = new List<TokenRange>();
        int paragraphStart = 0, sentenceStart = 0, newlines = 0, i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                newlines += c == '\n' ? 1 : 0;
                i++;
                continue;
            }

            if (newlines >= 2 && buffer.Count > paragraphStart)
            {
                Close(sentences, ref sentenceStart, buffer.Count);
                paragraphs.Add(new TokenRange(paragraphStart, buffer.Count));
                paragraphStart = buffer.Count;
            }

            newlines = 0;
            var start = i;
            if (char.IsLetterOrDigit(c))
            {
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }

                buffer.Add(start, i - start, char.IsDigit(c) ? TokenKind.Number : TokenKind.Word);
            }
            else
            {
                i++;
                buffer.Add(start, 1, TokenKind.Punctuation);
                if (c is '.' or '!' or '?')
                {
                    Close(sentences, ref sentenceStart, buffer.Count);
                }
            }
        }

        var count = buffer.Count;
        Close(sentences, ref sentenceStart, count);
        if (count > paragraphStart)
        {
            paragraphs.Add(new TokenRange(paragraphStart, count));
        }

        document.SetTokens(buffer);
        document.SetParagraphs([.. paragraphs]);
        document.SetSentences([.. sentences]);
    }

    private List<EntityAnnotation> FindEntities()
    {
        var found = new List<EntityAnnotation>();
        foreach (var (entityText, label, canonical) in _entities)
        {
            for (var at = _text.IndexOf(entityText, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(entityText, at + 1, StringComparison.Ordinal))
            {
                var end = at + entityText.Length;
                var wordStart = at == 0 || !char.IsLetterOrDigit(_text[at - 1]);
                var wordEnd = end == _text.Length || !char.IsLetterOrDigit(_text[end]);
                if (wordStart && wordEnd && !found.Exists(e => e.Start < end && at < e.End))
                {
                    found.Add(new EntityAnnotation(at, end, label, 0.9f, canonical));
                }
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static void Close(List<TokenRange> sentences, ref int start, int end)
    {
        if (end > start)
        {
            sentences.Add(new TokenRange(start, end));
            start = end;
        }
    }
}
