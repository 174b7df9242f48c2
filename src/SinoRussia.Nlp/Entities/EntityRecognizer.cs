using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Entities.Gazetteers;
using SinoRussia.Nlp.Entities.Models;
using SinoRussia.Nlp.Entities.Rules;
using SinoRussia.Nlp.Entities.Tagging;
using SinoRussia.Nlp.Pipeline;

namespace SinoRussia.Nlp.Entities;

/// <summary>
/// Finds named entities with the labels of the annotation guide (PERSON, NORP, GPE, LOC, ORG, EVENT, LAW, DATE, TIME,
/// MONEY, PERCENT, QUANTITY, CARDINAL). It combines a statistical BILOU tagger, an entity ruler (phrase patterns),
/// rules for dates and amounts, and a gazetteer that splits the tagger's locations into GPE and LOC.
/// </summary>
/// <remarks>
/// <para>Merge policy: the tagger's entities come first (leading determiners, titles and nationality words trimmed);
/// date and amount rules replace tagger entities they overlap when at least as long; name rules (treaties, wars) and
/// ruler matches replace overlapped entities unless they lie strictly inside a longer one
/// (<see cref="EntityRulerPolicy.Overwrite"/>), or only fill gaps (<see cref="EntityRulerPolicy.FillGaps"/>).
/// Relational compounds such as Sino-Russian or Russian-Chinese are never labelled.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class EntityRecognizer : IPipelineComponent
{
    private const string SuppressLabel = "O";
    private const string DomainPatterns = "SinoRussia.Nlp.Entities.Rules.Data.domain-patterns.jsonl";
    private const string CountryPatterns = "SinoRussia.Nlp.Entities.Rules.Data.country-patterns.jsonl";
    private const string OrganisationPatterns = "SinoRussia.Nlp.Entities.Rules.Data.organisation-patterns.jsonl";
    private static readonly AnnotationLayer[] Required = [AnnotationLayer.Tokens, AnnotationLayer.Sentences];
    private static readonly AnnotationLayer[] Produced = [AnnotationLayer.Entities];
    private static readonly Lazy<IReadOnlyList<EntityPattern>> BuiltInPatterns = new(LoadBuiltInPatterns, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly WordSet Titles = new(false, "President", "Premier", "Chairman", "Chairwoman", "Minister", "Prime", "Foreign",
        "Secretary", "General", "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Dr.", "Dr", "Prof.", "Professor", "Sen.", "Senator", "Gov.", "Governor",
        "King", "Queen", "Prince", "Princess", "Pope", "Ambassador", "Chancellor", "Vice", "Deputy", "Defense", "Defence", "Sir", "Lord", "Lady",
        "Comrade", "Leader", "Colonel", "Col.", "Gen.", "Admiral", "Adm.", "Captain", "Capt.", "Lt.", "Sgt.", "Rep.", "Representative", "Mayor",
        "Judge", "Justice", "Chief", "Director", "Spokesman", "Spokeswoman", "Envoy", "Tsar", "Czar", "Emperor", "Marshal", "Field", "State",
        "Councillor", "Councilor", "Commander", "Gen", "Dr", "Saint", "Former", "former", "late", "Late", "Acting", "acting", "Interior", "Economy", "Trade", "Finance",
        "Speaker", "Commissioner", "Spokesperson", "Chairperson", "CEO", "Secretary-General", "Vice-President", "Vice-Premier", "Vice-Governor",
        "President-elect", "PM");

    // Titles that are cut only at the start of a name: inside one they are often part of it ("Muhammed Sheikh Khalil").
    private static readonly WordSet LeadingTitles = new(false, "Sheikh", "Shaikh", "Imam", "Ayatollah", "Mullah", "Rabbi", "Bishop", "Archbishop",
        "Cardinal", "Patriarch", "Father", "Fr.", "Fr", "Rev.", "Rev", "Reverend", "Lieutenant", "Lt", "Major", "Maj.", "Sergeant", "Sgt", "Corporal",
        "Cpl.", "Brigadier", "Commodore", "Dame", "Baron", "Baroness", "Uncle", "Aunt", "Coach", "Chair");

    private static readonly WordSet NameParticles = new(false, "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le",
        "bin", "bint", "ibn", "al", "el", "y", "dos", "das", "do", "ter", "ten", "zu", "af", "av");

    // A name the tagger found as a place or an organisation that ends in one of these heads is a facility (OntoNotes FAC):
    // "Heathrow Airport", "Canal Street", "Yankee Stadium". "House", "Palace" and "Center" stay out: they often stand for a
    // government or an institution ("White House", "Elysee Palace said", "Wilson Center").
    private static readonly WordSet FacilityHeads = new(false, "Airport", "Airfield", "Station", "Terminal", "Stadium", "Arena", "Bridge",
        "Tunnel", "Street", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Highway", "Motorway", "Expressway", "Freeway", "Square",
        "Plaza", "Tower", "Towers", "Mall", "Theatre", "Theater", "Cathedral", "Abbey", "Mosque", "Temple", "Castle", "Memorial",
        "Monument", "Base", "Dam", "Pier", "Garage", "Building", "Hall", "Racecourse", "Speedway", "Ballpark", "Coliseum", "Colosseum");

    private static readonly WordSet DepartmentHeads = new(false, "Ministry", "Department", "Embassy", "Office", "Government", "Treasury");

    private static readonly WordSet Determiners = new(true, "the", "a", "an", "this", "that", "these", "those");

    private static readonly WordSet CompoundPrefixes = new(true, "Sino", "Russo", "Indo", "Afro", "Euro", "Anglo", "Franco", "Austro", "Judeo", "Greco",
        "Soviet", "anti", "post", "pro", "pre", "non", "neo", "pan", "ex", "Anti", "Post", "Pro", "Pre", "Non", "Neo", "Pan");

    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly EntityRecognizerOptions _options;
    private readonly TaggerModel? _tagger;
    private readonly string[] _modelLabels = [];
    private readonly PhraseMatcher _ruler;
    private readonly Dictionary<string, string> _canonicalIds;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _canonicalLookup;
    private readonly WordSet _demonyms;
    private readonly GeoLabeler? _geo;

    /// <summary>Creates a recogniser.</summary>
    /// <param name="options">The settings; <see langword="null"/> for the defaults (embedded model, built-in patterns and rules).</param>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    /// <exception cref="ModelFormatException">The model file is unusable.</exception>
    /// <exception cref="FormatException">A pattern file is malformed; the message names file and line.</exception>
    public EntityRecognizer(EntityRecognizerOptions? options = null)
    {
        _options = options ?? new EntityRecognizerOptions();
        _options.Validate();
        if (_options.UseStatisticalModel)
        {
            var model = _options.Model ?? (_options.ModelPath is { } path ? EntityModel.Load(path) : EntityModel.Default);
            _tagger = model.Tagger;
            _modelLabels = [.. model.Labels.Select(l => l == "PER" ? "PERSON" : l)];
        }

        var patterns = new List<EntityPattern>();
        if (_options.Ruler.UseDefaultPatterns)
        {
            patterns.AddRange(BuiltInPatterns.Value);
        }

        foreach (var file in _options.Ruler.PatternFiles)
        {
            patterns.AddRange(EntityPatternReader.Read(file));
        }

        patterns.AddRange(_options.Ruler.Patterns);
        _ruler = new PhraseMatcher(patterns, _options.Ruler.IgnoreCase);
        _canonicalIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in patterns)
        {
            if (p.Id is not null)
            {
                _canonicalIds.TryAdd(p.Pattern, p.Id);
            }
        }

        _canonicalLookup = _canonicalIds.GetAlternateLookup<ReadOnlySpan<char>>();
        _demonyms = new WordSet(false, [.. patterns.Where(p => p.Label == "NORP" && !p.Pattern.Contains(' ')).Select(p => p.Pattern)]);
        _geo = _options.SplitLocations ? GeoLabeler.Default : null;
    }

    /// <inheritdoc />
    public string Name => "entity-recognizer";

    /// <inheritdoc />
    public IReadOnlyList<AnnotationLayer> Requires => Required;

    /// <inheritdoc />
    public IReadOnlyList<AnnotationLayer> Produces => Produced;

    /// <summary>Gets the number of ruler patterns in use (built-in and user).</summary>
    public int PatternCount => _ruler.Count;

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var scratch = t_scratch ??= new Scratch();
        var result = scratch.Result;
        var tagged = scratch.Tagged;
        var candidates = scratch.Candidates;
        var extra = scratch.Extra;
        result.Clear();
        scratch.All.Clear();
        scratch.Suppressed.Clear();
        var sentences = document.Sentences;
        for (var s = 0; s < sentences.Count; s++)
        {
            var range = sentences[s].TokenRange;
            candidates.Clear();
            if (_tagger is not null)
            {
                tagged.Clear();
                _tagger.Tag(document.Text, document.TokenStarts, document.TokenLengths, range.Start, range.End, tagged);
                foreach (var t in tagged)
                {
                    if (t.Score >= _options.MinimumScore && Trim(document, t) is { } c)
                    {
                        candidates.Add(c);
                    }
                }
            }

            if (_options.UseNumericRules)
            {
                extra.Clear();
                NumericEntityRules.Find(document, range.Start, range.End, extra);
                Merge(candidates, extra, overwrite: true, strictContainmentProtects: false);
            }

            if (_options.UseNameRules)
            {
                extra.Clear();
                NameRules.Find(document, range.Start, range.End, _demonyms, candidates, extra);
                Merge(candidates, extra, overwrite: true, strictContainmentProtects: true);
            }

            extra.Clear();
            _ruler.Match(document, range.Start, range.End, extra);
            Suppress(candidates, extra, scratch.Merged);
            foreach (var c in extra)
            {
                if (c.Label == SuppressLabel)
                {
                    scratch.Suppressed.Add(c);
                }
            }

            extra.RemoveAll(c => c.Label == SuppressLabel);
            Merge(candidates, extra, overwrite: _options.Ruler.Policy == EntityRulerPolicy.Overwrite, strictContainmentProtects: true);
            FilterCompounds(document, candidates);
            MergeInvertedNames(document, range.Start, range.End, candidates);
            scratch.All.AddRange(candidates);
        }

        if (_options.PropagateWithinDocument)
        {
            scratch.Consistency.Apply(document, scratch.All, scratch.Suppressed, _options.MinimumScore);
            FilterCompounds(document, scratch.All);
        }

        foreach (var c in scratch.All)
        {
            var start = document.TokenStarts[c.TokenStart];
            var end = document.TokenStarts[c.TokenEnd - 1] + document.TokenLengths[c.TokenEnd - 1];
            var id = c.CanonicalId;
            if (id is null && _canonicalIds.Count > 0 && c.Source == CandidateSource.Model)
            {
                _canonicalLookup.TryGetValue(document.Text.AsSpan(start, end - start), out id);
            }

            result.Add(new EntityAnnotation(start, end, c.Label, Math.Clamp(c.Score, 0f, 1f), id));
        }

        document.SetEntities(result);
    }

    private static void Merge(List<EntityCandidate> current, List<EntityCandidate> incoming, bool overwrite, bool strictContainmentProtects)
    {
        if (incoming.Count == 0)
        {
            return;
        }

        var scratch = t_scratch!;
        var removed = scratch.Removed;
        removed.Clear();
        for (var k = 0; k < current.Count; k++)
        {
            removed.Add(false);
        }

        var accepted = scratch.Accepted;
        accepted.Clear();
        var p = 0;
        foreach (var c in incoming)
        {
            while (p < current.Count && current[p].TokenEnd <= c.TokenStart)
            {
                p++;
            }

            var blocked = false;
            var q = p;
            while (q < current.Count && current[q].TokenStart < c.TokenEnd)
            {
                var e = current[q];
                if (!removed[q])
                {
                    blocked |= !overwrite
                        || (strictContainmentProtects && e.TokenStart <= c.TokenStart && e.TokenEnd >= c.TokenEnd && e.Length > c.Length)
                        || (!strictContainmentProtects && e.Length > c.Length);
                }

                q++;
            }

            if (blocked)
            {
                continue;
            }

            for (var k = p; k < q; k++)
            {
                removed[k] = true;
            }

            accepted.Add(c);
        }

        var merged = scratch.Merged;
        merged.Clear();
        var a = 0;
        for (var k = 0; k < current.Count; k++)
        {
            if (removed[k])
            {
                continue;
            }

            while (a < accepted.Count && accepted[a].TokenStart < current[k].TokenStart)
            {
                merged.Add(accepted[a++]);
            }

            merged.Add(current[k]);
        }

        while (a < accepted.Count)
        {
            merged.Add(accepted[a++]);
        }

        current.Clear();
        current.AddRange(merged);
    }

    private static void Suppress(List<EntityCandidate> current, List<EntityCandidate> matches, List<EntityCandidate> buffer)
    {
        buffer.Clear();
        var m = 0;
        foreach (var c in current)
        {
            while (m < matches.Count && (matches[m].Label != SuppressLabel || matches[m].TokenEnd <= c.TokenStart))
            {
                if (matches[m].Label == SuppressLabel && matches[m].TokenEnd > c.TokenStart)
                {
                    break;
                }

                m++;
            }

            var suppressed = false;
            for (var k = m; k < matches.Count && matches[k].TokenStart < c.TokenEnd; k++)
            {
                if (matches[k].Label == SuppressLabel && matches[k].Overlaps(c))
                {
                    suppressed = true;
                    break;
                }
            }

            if (!suppressed)
            {
                buffer.Add(c);
            }
        }

        if (buffer.Count != current.Count)
        {
            current.Clear();
            current.AddRange(buffer);
        }
    }

    private EntityCandidate? Trim(Document document, TaggedSpan t)
    {
        var start = t.TokenStart;
        var end = t.TokenEnd;
        var label = _modelLabels[t.Label];
        while (start < end && Determiners.Contains(Token(document, start)))
        {
            start++;
        }

        if (label == "PERSON")
        {
            while (end - start > 1 && (Titles.Contains(Token(document, start)) || LeadingTitles.Contains(Token(document, start)) || _demonyms.Contains(Token(document, start)) || IsLowerWord(Token(document, start)) || Token(document, start) is "of" or "for" or "and"))
            {
                start++;
            }

            // "Xi Jinping of China": a lower-case word other than a name particle ends the name.
            for (var k = start + 1; k < end - 1; k++)
            {
                var token = Token(document, k);
                if (char.IsLower(token[0]) && !NameParticles.Contains(token))
                {
                    end = k;
                    break;
                }
            }

            // "San Francisco Mayor Dianne Feinstein": a title inside the span ends whatever precedes it.
            for (var k = end - 2; k > start; k--)
            {
                if (Titles.Contains(Token(document, k)) && char.IsUpper(Token(document, k + 1)[0]))
                {
                    start = k + 1;
                    break;
                }
            }
        }

        // "Russian Foreign Ministry": a nationality adjective before a government department is a NORP of its own
        // (armies and navies keep it, "Indian Army", and so do official names with the country, "U.S. Department of State").
        if (label == "ORG" && end - start >= 3 && _demonyms.Contains(Token(document, start)) && Token(document, start + 1) is not ("Federation" or "Union" or "Republic"))
        {
            for (var k = start + 1; k < end; k++)
            {
                if (DepartmentHeads.Contains(Token(document, k)))
                {
                    start++;
                    break;
                }
            }
        }

        while (end > start && Token(document, end - 1) is "'s" or "\u2019s" or "'" or "\u2019")
        {
            end--;
        }

        if (start >= end)
        {
            return null;
        }

        for (var k = start; k < end; k++)
        {
            if (document.TokenKinds[k] is TokenKind.Url or TokenKind.Email or TokenKind.FootnoteMarker or TokenKind.Tag)
            {
                return null;
            }
        }

        if (label is "LOC" or "ORG" && end - start >= 2 && FacilityHeads.Contains(Token(document, end - 1)))
        {
            label = "FAC";
        }

        if (label == "LOC" && _geo is not null)
        {
            var s = document.TokenStarts[start];
            var e = document.TokenStarts[end - 1] + document.TokenLengths[end - 1];
            label = _geo.Label(document.Text.AsSpan(s, e - s));
        }

        return new EntityCandidate(start, end, label, t.Score, null, CandidateSource.Model);
    }

    // A reference entry's year comes right after the name or after one punctuation mark: "Cooley, Alexander. 2012."
    private static bool YearFollows(Document document, int k, int to) =>
        (k < to && NameRules.IsYear(Token(document, k))) || (k + 1 < to && Token(document, k) is "." or "," or "(" && NameRules.IsYear(Token(document, k + 1)));

    // "Cooley, Alexander. 2012." in a reference list and "From: Lenhart, Matthew" in a mail header are one person written
    // surname first; the tagger finds the two parts. Only a pair that opens its line (or follows a "From:"-style label)
    // and ends it (a full stop aside) or is followed by a year is joined, so lists such as "Putin, Xi, and Modi" are left alone.
    private static void MergeInvertedNames(Document document, int from, int to, List<EntityCandidate> candidates)
    {
        for (var k = 0; k + 1 < candidates.Count; k++)
        {
            var surname = candidates[k];
            var given = candidates[k + 1];
            if (surname.Label != "PERSON" || given.Label != "PERSON" || surname.Length > 2 || given.Length > 2
                || given.TokenStart != surname.TokenEnd + 1 || Token(document, surname.TokenEnd) is not ",")
            {
                continue;
            }

            var leftOpen = surname.TokenStart == from || Token(document, surname.TokenStart - 1) is ":";
            var rightOpen = given.TokenEnd == to || (given.TokenEnd + 1 == to && Token(document, given.TokenEnd) is ".") || YearFollows(document, given.TokenEnd, to);
            if (leftOpen && rightOpen)
            {
                candidates[k] = new EntityCandidate(surname.TokenStart, given.TokenEnd, "PERSON", Math.Min(surname.Score, given.Score), null, surname.Source);
                candidates.RemoveAt(k + 1);
            }
        }
    }

    private void FilterCompounds(Document document, List<EntityCandidate> candidates)
    {
        var kept = 0;
        for (var k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            if (!IsRelationalCompound(document, c))
            {
                candidates[kept++] = c;
            }
        }

        candidates.RemoveRange(kept, candidates.Count - kept);
    }

    private bool IsRelationalCompound(Document document, in EntityCandidate c)
    {
        var text = document.Text;
        var first = Token(document, c.TokenStart);
        if (CompoundPrefixes.Contains(first) && c.TokenEnd - c.TokenStart >= 3 && IsHyphen(Token(document, c.TokenStart + 1)) && c.Label is not ("LAW" or "EVENT" or "ORG"))
        {
            return true;
        }

        if (first is "Sino" && c.Length == 1)
        {
            return true;
        }

        if (c.Label is not ("NORP" or "GPE" or "LOC"))
        {
            return false;
        }

        var start = document.TokenStarts[c.TokenStart];
        if (c.TokenStart >= 2 && IsHyphen(Token(document, c.TokenStart - 1)) && document.TokenStarts[c.TokenStart - 1] + 1 == start && AdjacentBefore(document, c.TokenStart - 1))
        {
            var previous = Token(document, c.TokenStart - 2);
            if (CompoundPrefixes.Contains(previous) || (c.Label == "NORP" && _demonyms.Contains(previous)))
            {
                return true;
            }
        }

        var end = document.TokenStarts[c.TokenEnd - 1] + document.TokenLengths[c.TokenEnd - 1];
        return c.Label == "NORP" && end + 1 < text.Length && (text[end] is '-' or '\u2013' or '\u2010') && c.TokenEnd + 1 < document.TokenCount && _demonyms.Contains(Token(document, c.TokenEnd + 1));
    }

    private static bool IsLowerWord(ReadOnlySpan<char> token) => token.Length > 2 && char.IsLower(token[0]) && !token.Contains('-') && token.IndexOfAnyExceptInRange('a', 'z') < 0;

    private static bool IsHyphen(ReadOnlySpan<char> token) => token is "-" or "\u2013" or "\u2010" or "\u2011";

    private static bool AdjacentBefore(Document document, int hyphen) =>
        document.TokenStarts[hyphen - 1] + document.TokenLengths[hyphen - 1] == document.TokenStarts[hyphen];

    private static ReadOnlySpan<char> Token(Document document, int i) => document.Text.AsSpan(document.TokenStarts[i], document.TokenLengths[i]);

    private static List<EntityPattern> LoadBuiltInPatterns()
    {
        var patterns = new List<EntityPattern>();
        foreach (var resource in new[] { DomainPatterns, CountryPatterns, OrganisationPatterns })
        {
            using var stream = typeof(EntityRecognizer).Assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"The embedded resource '{resource}' is missing.");
            using var reader = new StreamReader(stream);
            patterns.AddRange(EntityPatternReader.Read(reader, resource));
        }

        return patterns;
    }

    private sealed class Scratch
    {
        public readonly List<EntityAnnotation> Result = [];
        public readonly List<TaggedSpan> Tagged = [];
        public readonly List<EntityCandidate> Candidates = [];
        public readonly List<EntityCandidate> All = [];
        public readonly List<EntityCandidate> Suppressed = [];
        public readonly DocumentConsistency Consistency = new();
        public readonly List<EntityCandidate> Extra = [];
        public readonly List<EntityCandidate> Merged = [];
        public readonly List<EntityCandidate> Accepted = [];
        public readonly List<bool> Removed = [];
    }
}
