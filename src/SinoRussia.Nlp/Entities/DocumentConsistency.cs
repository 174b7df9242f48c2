using System.Runtime.InteropServices;
using SinoRussia.Nlp.Documents;

namespace SinoRussia.Nlp.Entities;

/// <summary>
/// One-sense-per-document pass over the recogniser's candidates: a name the tagger found confidently somewhere in a
/// document is labelled the same way where it recurs unlabelled, and a recurring surname takes the person label of the
/// full name seen earlier. Only capitalised, whole-name occurrences are added. A name found with two labels in one
/// document takes, where the tagger found it, the label with the largest summed confidence over its confident
/// occurrences (a full name's surname counts for its person label, GPE and LOC count together as a place); ruler and
/// rule candidates vote but are never changed, and a tie changes nothing.
/// </summary>
internal sealed class DocumentConsistency
{
    private const int MaxNameTokens = 8;
    // NORP is left out: the ruler already labels every demonym it knows, so an unlabelled one was removed on purpose
    // (a relational compound such as Sino-Russian).
    private static readonly string[] PropagatedLabels = ["PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "LAW"];
    private const int GpeIndex = 2;
    private const int LocIndex = 3;

    private readonly Dictionary<string, Mention> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _longestByFirstToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Mention>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _firstTokenLookup;
    private readonly List<EntityCandidate> _added = [];
    private readonly List<EntityCandidate> _merged = [];
    // Per remembered name, the summed confidence of each propagated label (one row of PropagatedLabels.Length) and
    // the labels that ruler or rule candidates gave it (a bit per label).
    private readonly List<float> _votes = [];
    private readonly List<int> _fixedLabels = [];
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
        _votes.Clear();
        _fixedLabels.Clear();
        foreach (var c in candidates)
        {
            if (!Votes(document, c, minimumScore))
            {
                continue;
            }

            Remember(document, c.TokenStart, c.TokenEnd, c.Label, c.Score, c.CanonicalId, c.Source != CandidateSource.Model);
            if (c.Label == "PERSON" && c.Length >= 2 && IsCapitalised(document, c.TokenEnd - 1) && Token(document, c.TokenEnd - 1).Length > 2)
            {
                Remember(document, c.TokenEnd - 1, c.TokenEnd, c.Label, c.Score, null, false);
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

    private void Remember(Document document, int start, int end, string label, float score, string? canonicalId, bool fixedLabel)
    {
        var surface = Surface(document, start, end);
        var labelIndex = Array.IndexOf(PropagatedLabels, label);
        if (_nameLookup.TryGetValue(surface, out var known))
        {
            Vote(known.Slot, labelIndex, score, fixedLabel);
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

        var slot = _fixedLabels.Count;
        _fixedLabels.Add(0);
        for (var k = 0; k < PropagatedLabels.Length; k++)
        {
            _votes.Add(0);
        }

        Vote(slot, labelIndex, score, fixedLabel);
        _names.Add(surface.ToString(), new Mention(label, score, canonicalId, false, slot));
        var first = Token(document, start);
        _firstTokenLookup[first] = Math.Max(_firstTokenLookup.TryGetValue(first, out var longest) ? longest : 0, end - start);
    }

    private void Vote(int slot, int labelIndex, float score, bool fixedLabel)
    {
        _votes[(slot * PropagatedLabels.Length) + labelIndex] += score;
        if (fixedLabel)
        {
            _fixedLabels[slot] |= 1 << labelIndex;
        }
    }

    // Relabels the tagger's candidates of each name found with two labels to the winning label, and records the winner
    // as the name's label for the propagation step when no ruler or rule candidate of the name disagrees.
    private void Harmonise(Document document, List<EntityCandidate> candidates, float minimumScore)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (!Votes(document, c, minimumScore))
            {
                continue;
            }

            var surface = Surface(document, c.TokenStart, c.TokenEnd);
            if (!_nameLookup.TryGetValue(surface, out var mention) || !mention.Conflicting || Winner(mention.Slot) is not { } winner)
            {
                continue;
            }

            if (c.Source == CandidateSource.Model && Group(Array.IndexOf(PropagatedLabels, c.Label)) != Group(winner))
            {
                candidates[i] = c with { Label = PropagatedLabels[winner] };
            }
        }

        foreach (var name in _names.Keys)
        {
            ref var mention = ref CollectionsMarshal.GetValueRefOrNullRef(_names, name);
            if (mention.Conflicting && Winner(mention.Slot) is { } winner && (_fixedLabels[mention.Slot] & ~GroupMask(winner)) == 0)
            {
                mention = mention with { Label = PropagatedLabels[winner], Conflicting = false };
            }
        }
    }

    // A confident, capitalised candidate of a propagated label and of name length: it is remembered, votes and may be
    // harmonised.
    private static bool Votes(Document document, in EntityCandidate c, float minimumScore) =>
        c.Score >= minimumScore && c.Length <= MaxNameTokens && Array.IndexOf(PropagatedLabels, c.Label) >= 0 && IsCapitalised(document, c.TokenStart);

    // The label with the largest total, GPE and LOC pooled as one place vote (the larger of the two is the label);
    // null when two groups tie.
    private int? Winner(int slot)
    {
        var row = slot * PropagatedLabels.Length;
        float best = 0, second = 0;
        var winner = -1;
        for (var k = 0; k < PropagatedLabels.Length; k++)
        {
            if (k == LocIndex)
            {
                continue;
            }

            var total = k == GpeIndex ? _votes[row + GpeIndex] + _votes[row + LocIndex] : _votes[row + k];
            if (total > best)
            {
                (second, best, winner) = (best, total, k);
            }
            else if (total > second)
            {
                second = total;
            }
        }

        if (winner < 0 || best - second < 1e-6f)
        {
            return null;
        }

        return winner == GpeIndex && _votes[row + LocIndex] > _votes[row + GpeIndex] ? LocIndex : winner;
    }

    private static int Group(int labelIndex) => labelIndex == LocIndex ? GpeIndex : labelIndex;

    private static int GroupMask(int labelIndex) => Group(labelIndex) == GpeIndex ? (1 << GpeIndex) | (1 << LocIndex) : 1 << labelIndex;

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

    private readonly record struct Mention(string Label, float Score, string? CanonicalId, bool Conflicting, int Slot);
}
