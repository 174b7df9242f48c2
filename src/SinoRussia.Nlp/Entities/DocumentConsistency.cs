using SinoRussia.Nlp.Documents;

namespace SinoRussia.Nlp.Entities;

/// <summary>
/// One-sense-per-document pass over the recogniser's candidates: a name the tagger found confidently somewhere in a
/// document is labelled the same way where it recurs unlabelled, and a recurring surname takes the person label of the
/// full name seen earlier. Only capitalised, whole-name occurrences are added. A name the tagger labelled in two ways
/// takes, where the tagger found it, the label with the larger summed confidence; ruler and rule candidates are never
/// changed.
/// </summary>
internal sealed class DocumentConsistency
{
    private const int MaxNameTokens = 8;
    // NORP is left out: the ruler already labels every demonym it knows, so an unlabelled one was removed on purpose
    // (a relational compound such as Sino-Russian).
    private static readonly string[] PropagatedLabels = ["PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "LAW"];

    private readonly Dictionary<string, Mention> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _longestByFirstToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Mention>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _firstTokenLookup;
    private readonly List<EntityCandidate> _added = [];
    private readonly List<EntityCandidate> _merged = [];
    private readonly List<(string Surface, string Label, float Total)> _votes = [];
    private bool _anyConflict;

    public DocumentConsistency()
    {
        _nameLookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstTokenLookup = _longestByFirstToken.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public void Apply(Document document, List<EntityCandidate> candidates, List<EntityCandidate> suppressed, float minimumScore)
    {
        _names.Clear();
        _longestByFirstToken.Clear();
        _anyConflict = false;
        foreach (var c in candidates)
        {
            if (c.Score < minimumScore || c.Length > MaxNameTokens || Array.IndexOf(PropagatedLabels, c.Label) < 0 || !IsCapitalised(document, c.TokenStart))
            {
                continue;
            }

            Remember(document, c.TokenStart, c.TokenEnd, c.Label, c.Score, c.CanonicalId);
            if (c.Label == "PERSON" && c.Length >= 2 && IsCapitalised(document, c.TokenEnd - 1) && Token(document, c.TokenEnd - 1).Length > 2)
            {
                Remember(document, c.TokenEnd - 1, c.TokenEnd, c.Label, c.Score, null);
            }
        }

        if (_names.Count == 0)
        {
            return;
        }

        if (_anyConflict)
        {
            Harmonise(document, candidates, minimumScore);
        }

        _added.Clear();
        var next = 0;
        var sentences = document.Sentences;
        for (var s = 0; s < sentences.Count; s++)
        {
            var range = sentences[s].TokenRange;
            for (var i = range.Start; i < range.End; i++)
            {
                while (next < candidates.Count && candidates[next].TokenEnd <= i)
                {
                    next++;
                }

                if (next < candidates.Count && candidates[next].TokenStart <= i)
                {
                    i = candidates[next].TokenEnd - 1;
                    continue;
                }

                if (!IsCapitalised(document, i) || (i - 1 > range.Start && IsCapitalisedWord(document, i - 1))
                    || !_firstTokenLookup.TryGetValue(Token(document, i), out var longest))
                {
                    continue;
                }

                var limit = Math.Min(range.End, next < candidates.Count ? candidates[next].TokenStart : range.End);
                for (var length = Math.Min(longest, limit - i); length >= 1; length--)
                {
                    var end = i + length;
                    if ((end < range.End && IsCapitalisedWord(document, end)) || !_nameLookup.TryGetValue(Surface(document, i, end), out var mention) || mention.Conflicting)
                    {
                        continue;
                    }

                    // A lone capitalised word opening a sentence is too often an ordinary word ("Young people ...").
                    if (i == range.Start && length == 1)
                    {
                        break;
                    }

                    var added = new EntityCandidate(i, end, mention.Label, mention.Score, mention.CanonicalId, CandidateSource.Model);
                    if (OverlapsAny(suppressed, added))
                    {
                        break;
                    }

                    _added.Add(added);
                    i = end - 1;
                    break;
                }
            }
        }

        if (_added.Count > 0)
        {
            MergeSorted(candidates);
        }
    }

    private void Remember(Document document, int start, int end, string label, float score, string? canonicalId)
    {
        var surface = Surface(document, start, end);
        if (_nameLookup.TryGetValue(surface, out var known))
        {
            if (known.Label != label)
            {
                _nameLookup[surface] = known with { Conflicting = true };
                _anyConflict = true;
            }
            else if (score > known.Score)
            {
                _nameLookup[surface] = known with { Score = score };
            }

            return;
        }

        _names.Add(surface.ToString(), new Mention(label, score, canonicalId, false));
        var first = Token(document, start);
        _firstTokenLookup[first] = Math.Max(_firstTokenLookup.TryGetValue(first, out var longest) ? longest : 0, end - start);
    }

    // A name the tagger labelled differently in one document takes, at its tagger-found occurrences, the label with the
    // largest summed confidence over all its confident occurrences; ruler and rule labels vote but are never changed.
    private void Harmonise(Document document, List<EntityCandidate> candidates, float minimumScore)
    {
        _votes.Clear();
        foreach (var c in candidates)
        {
            if (c.Score < minimumScore || c.Length > MaxNameTokens || Array.IndexOf(PropagatedLabels, c.Label) < 0)
            {
                continue;
            }

            var surface = Surface(document, c.TokenStart, c.TokenEnd);
            if (!_nameLookup.TryGetValue(surface, out var mention) || !mention.Conflicting)
            {
                continue;
            }

            var found = false;
            for (var v = 0; v < _votes.Count; v++)
            {
                if (_votes[v].Label == c.Label && surface.SequenceEqual(_votes[v].Surface))
                {
                    _votes[v] = _votes[v] with { Total = _votes[v].Total + c.Score };
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                _votes.Add((surface.ToString(), c.Label, c.Score));
            }
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Source != CandidateSource.Model || c.Length > MaxNameTokens || Array.IndexOf(PropagatedLabels, c.Label) < 0)
            {
                continue;
            }

            var surface = Surface(document, c.TokenStart, c.TokenEnd);
            string? best = null;
            float bestTotal = 0, own = 0;
            foreach (var (voteSurface, label, total) in _votes)
            {
                if (!surface.SequenceEqual(voteSurface))
                {
                    continue;
                }

                if (label == c.Label)
                {
                    own = total;
                }

                if (total > bestTotal)
                {
                    (best, bestTotal) = (label, total);
                }
            }

            if (best is not null && best != c.Label && bestTotal > own)
            {
                candidates[i] = c with { Label = best };
            }
        }
    }

    private void MergeSorted(List<EntityCandidate> candidates)
    {
        _merged.Clear();
        var a = 0;
        foreach (var c in candidates)
        {
            while (a < _added.Count && _added[a].TokenStart < c.TokenStart)
            {
                _merged.Add(_added[a++]);
            }

            _merged.Add(c);
        }

        while (a < _added.Count)
        {
            _merged.Add(_added[a++]);
        }

        candidates.Clear();
        candidates.AddRange(_merged);
    }

    private static bool OverlapsAny(List<EntityCandidate> spans, in EntityCandidate candidate)
    {
        foreach (var s in spans)
        {
            if (s.Overlaps(candidate))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCapitalised(Document document, int i) => char.IsUpper(document.Text[document.TokenStarts[i]]);

    private static bool IsCapitalisedWord(Document document, int i) => IsCapitalised(document, i) && document.TokenKinds[i] == TokenKind.Word;

    private static ReadOnlySpan<char> Token(Document document, int i) => document.Text.AsSpan(document.TokenStarts[i], document.TokenLengths[i]);

    private static ReadOnlySpan<char> Surface(Document document, int start, int end)
    {
        var from = document.TokenStarts[start];
        return document.Text.AsSpan(from, document.TokenStarts[end - 1] + document.TokenLengths[end - 1] - from);
    }

    private readonly record struct Mention(string Label, float Score, string? CanonicalId, bool Conflicting);
}
