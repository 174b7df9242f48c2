using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace SinoRussia.Nlp.Stance;

internal sealed class StanceFeaturizer
{
    private static readonly HashSet<string> TargetStopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "should", "must", "not", "are", "was", "were", "with", "that", "this", "its", "their", "our",
        "have", "has", "had", "from", "into", "can", "will", "would", "could", "been", "being", "more", "less", "than",
        "all", "any", "who", "which", "what", "there", "they", "them", "allowed", "does", "did", "over", "other",
    };

    private readonly Dictionary<string, int> _vocabulary;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly string[] _features;
    private readonly float[] _idf;
    private readonly ConcurrentBag<Scratch> _pool = [];

    public StanceFeaturizer(FeatureSettings settings, string[] features, float[] idf)
    {
        Settings = settings;
        _features = features;
        _idf = idf;
        _vocabulary = new Dictionary<string, int>(features.Length, StringComparer.Ordinal);
        for (var i = 0; i < features.Length; i++)
        {
            _vocabulary.Add(features[i], i);
        }

        _lookup = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public FeatureSettings Settings { get; }

    public int Count => _features.Length;

    public IReadOnlyList<string> Features => _features;

    public IReadOnlyList<float> InverseDocumentFrequencies => _idf;

    public static StanceFeaturizer Build(FeatureSettings settings, IReadOnlyList<StanceExample> examples, string defaultTarget, CancellationToken cancellationToken)
    {
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sink = new CollectingSink(seen);
        var buffers = new Buffers();
        for (var i = 0; i < examples.Count; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            seen.Clear();
            var example = examples[i];
            Enumerate(settings, example.Text, example.Target ?? defaultTarget, ToSpans(example.Entities), sink, buffers);
            foreach (var feature in seen)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(documentFrequency, feature, out _)++;
            }
        }

        var kept = documentFrequency.Where(p => p.Value >= settings.MinDocumentFrequency).Select(p => p.Key).ToArray();
        Array.Sort(kept, StringComparer.Ordinal);
        var idf = new float[kept.Length];
        var n = examples.Count;
        for (var i = 0; i < kept.Length; i++)
        {
            idf[i] = (float)(Math.Log((1.0 + n) / (1.0 + documentFrequency[kept[i]])) + 1.0);
        }

        return new StanceFeaturizer(settings, kept, idf);
    }

    public static EntitySpan[]? ToSpans(IReadOnlyList<Documents.EntityAnnotation>? entities)
    {
        if (entities is null || entities.Count == 0)
        {
            return null;
        }

        var spans = new EntitySpan[entities.Count];
        for (var i = 0; i < spans.Length; i++)
        {
            var e = entities[i];
            spans[i] = new EntitySpan(e.Start, e.End, e.Label, e.CanonicalId);
        }

        return spans;
    }

    public int Featurize(ReadOnlySpan<char> text, string? target, ReadOnlySpan<EntitySpan> entities, Span<int> indices, Span<float> values)
    {
        var scratch = Rent();
        try
        {
            Enumerate(Settings, text, target, entities, scratch.Sink, scratch.Buffers);
            return scratch.Sink.Drain(_idf, indices, values);
        }
        finally
        {
            _pool.Add(scratch);
        }
    }

    public int MaxFeatures(ReadOnlySpan<char> text)
    {
        var perToken = (Settings.WordNgramMax - Settings.WordNgramMin + 1) + (Settings.TargetFeatures ? Settings.WordNgramMax + 2 : 0)
            + (Settings.CharNgrams ? (Settings.CharNgramMax - Settings.CharNgramMin + 1) * 8 : 0);
        return Math.Min(_features.Length, ((text.Length / 2) + 8) * perToken + 64);
    }

    internal Scratch Rent() => _pool.TryTake(out var scratch) ? scratch : new Scratch(this);

    internal void Return(Scratch scratch) => _pool.Add(scratch);

    private static void Enumerate(FeatureSettings settings, ReadOnlySpan<char> text, string? target, ReadOnlySpan<EntitySpan> entities, FeatureSink sink, Buffers b)
    {
        var useEntities = settings.EntityFeatures != StanceEntityFeatures.None && !entities.IsEmpty;
        b.Normalize(text, useEntities ? entities : default, settings.EntityFeatures);
        b.Tokenize();
        var chars = b.Text.AsSpan(0, b.TextLength);
        var count = b.TokenCount;
        var gram = b.Gram;
        for (var i = 0; i < count; i++)
        {
            var length = Append(ref gram, 0, "w:");
            for (var n = 1; n <= settings.WordNgramMax && i + n <= count; n++)
            {
                if (n > 1)
                {
                    length = Append(ref gram, length, " ");
                }

                length = Append(ref gram, length, chars.Slice(b.Starts[i + n - 1], b.Lengths[i + n - 1]));
                if (n >= settings.WordNgramMin)
                {
                    sink.Add(gram.AsSpan(0, length));
                }
            }
        }

        if (settings.CharNgrams)
        {
            for (var i = 0; i < count; i++)
            {
                var token = chars.Slice(b.Starts[i], b.Lengths[i]);
                var padded = Append(ref gram, 0, "c: ");
                padded = Append(ref gram, padded, token);
                padded = Append(ref gram, padded, " ");
                var body = padded - 2;
                for (var n = settings.CharNgramMin; n <= settings.CharNgramMax; n++)
                {
                    for (var start = 0; start + n <= body; start++)
                    {
                        var slice = b.Scratch(n + 2);
                        slice[0] = 'c';
                        slice[1] = ':';
                        gram.AsSpan(2 + start, n).CopyTo(slice.AsSpan(2));
                        sink.Add(slice.AsSpan(0, n + 2));
                    }
                }
            }
        }

        if (settings.TargetFeatures && !string.IsNullOrWhiteSpace(target))
        {
            AddTargetFeatures(settings, target, sink, b);
        }

        b.Gram = gram;
    }

    private static void AddTargetFeatures(FeatureSettings settings, string target, FeatureSink sink, Buffers b)
    {
        b.PrepareTarget(target, TargetStopWords);
        var chars = b.Text.AsSpan(0, b.TextLength);
        var count = b.TokenCount;
        var marks = b.Marks(count);
        var any = false;
        for (var i = 0; i < count; i++)
        {
            marks[i] = b.MatchesTarget(chars.Slice(b.Starts[i], b.Lengths[i]));
            any |= marks[i];
        }

        var gram = b.Gram;
        var targetChars = b.TargetText.AsSpan(0, b.TargetLength);
        for (var t = 0; t < b.TargetTokenCount; t++)
        {
            var length = Append(ref gram, 0, "t:");
            length = Append(ref gram, length, targetChars.Slice(b.TargetStarts[t], b.TargetLengths[t]));
            sink.Add(gram.AsSpan(0, length));
        }

        if (!any)
        {
            sink.Add("p:<none>");
            b.Gram = gram;
            return;
        }

        var maxN = settings.WordNgramMax + 1;
        for (var i = 0; i < count; i++)
        {
            var length = Append(ref gram, 0, "p:");
            var hasTarget = false;
            for (var n = 1; n <= maxN && i + n <= count; n++)
            {
                var k = i + n - 1;
                if (n > 1)
                {
                    length = Append(ref gram, length, " ");
                }

                length = marks[k] ? Append(ref gram, length, "_t_") : Append(ref gram, length, chars.Slice(b.Starts[k], b.Lengths[k]));
                hasTarget |= marks[k];
                if (hasTarget && !(n > 1 && marks[k] && marks[k - 1]))
                {
                    sink.Add(gram.AsSpan(0, length));
                }
            }
        }

        b.Gram = gram;
    }

    private static int Append(ref char[] buffer, int length, ReadOnlySpan<char> value)
    {
        if (length + value.Length > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + value.Length));
        }

        value.CopyTo(buffer.AsSpan(length));
        return length + value.Length;
    }

    internal sealed class Scratch
    {
        public Scratch(StanceFeaturizer owner)
        {
            Sink = new CountingSink(owner._lookup, owner._features.Length);
        }

        public Buffers Buffers { get; } = new();

        public CountingSink Sink { get; }

        public int Featurize(StanceFeaturizer owner, ReadOnlySpan<char> text, string? target, ReadOnlySpan<EntitySpan> entities)
        {
            Enumerate(owner.Settings, text, target, entities, Sink, Buffers);
            return Sink.Drain(owner._idf, default, default);
        }
    }

    internal abstract class FeatureSink
    {
        public abstract void Add(ReadOnlySpan<char> feature);
    }

    private sealed class CollectingSink(HashSet<string> seen) : FeatureSink
    {
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _seen = seen.GetAlternateLookup<ReadOnlySpan<char>>();

        public override void Add(ReadOnlySpan<char> feature) => _seen.Add(feature);
    }

    internal sealed class CountingSink(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup, int size) : FeatureSink
    {
        private readonly int[] _counts = new int[size];
        private int[] _touched = new int[64];

        public int[] Indices { get; private set; } = new int[64];

        public float[] Values { get; private set; } = new float[64];

        public int Length { get; private set; }

        public override void Add(ReadOnlySpan<char> feature)
        {
            if (!lookup.TryGetValue(feature, out var index))
            {
                return;
            }

            if (_counts[index]++ == 0)
            {
                if (Length == _touched.Length)
                {
                    Array.Resize(ref _touched, Length * 2);
                }

                _touched[Length++] = index;
            }
        }

        public int Drain(float[] idf, Span<int> indices, Span<float> values)
        {
            var n = Length;
            if (Indices.Length < n)
            {
                Indices = new int[_touched.Length];
                Values = new float[_touched.Length];
            }

            var touched = _touched.AsSpan(0, n);
            touched.Sort();
            double norm = 0;
            for (var i = 0; i < n; i++)
            {
                var index = touched[i];
                var value = (float)((1.0 + Math.Log(_counts[index])) * idf[index]);
                _counts[index] = 0;
                Indices[i] = index;
                Values[i] = value;
                norm += (double)value * value;
            }

            if (norm > 0)
            {
                var scale = (float)(1.0 / Math.Sqrt(norm));
                for (var i = 0; i < n; i++)
                {
                    Values[i] *= scale;
                }
            }

            Length = 0;
            if (!indices.IsEmpty)
            {
                if (indices.Length < n || values.Length < n)
                {
                    throw new ArgumentException("The output buffers are too small.");
                }

                Indices.AsSpan(0, n).CopyTo(indices);
                Values.AsSpan(0, n).CopyTo(values);
            }

            return n;
        }
    }

    internal sealed class Buffers
    {
        private bool[] _marks = new bool[64];
        private char[] _scratch = new char[16];
        private string? _target;
        private int[] _targetStarts = new int[8];
        private int[] _targetLengths = new int[8];

        public char[] Text { get; private set; } = new char[256];

        public int TextLength { get; private set; }

        public int[] Starts { get; private set; } = new int[64];

        public int[] Lengths { get; private set; } = new int[64];

        public int TokenCount { get; private set; }

        public char[] Gram { get; set; } = new char[64];

        public char[] TargetText { get; private set; } = new char[64];

        public int TargetLength { get; private set; }

        public int[] TargetStarts => _targetStarts;

        public int[] TargetLengths => _targetLengths;

        public int TargetTokenCount { get; private set; }

        public char[] Scratch(int length)
        {
            if (_scratch.Length < length)
            {
                _scratch = new char[length * 2];
            }

            return _scratch;
        }

        public bool[] Marks(int count)
        {
            if (_marks.Length < count)
            {
                _marks = new bool[count * 2];
            }

            return _marks;
        }

        public void Normalize(ReadOnlySpan<char> text, ReadOnlySpan<EntitySpan> entities, StanceEntityFeatures mode)
        {
            var length = 0;
            var e = 0;
            for (var i = 0; i < text.Length;)
            {
                while (e < entities.Length && entities[e].End <= i)
                {
                    e++;
                }

                if (e < entities.Length && entities[e].Start == i && entities[e].End > i)
                {
                    var entity = entities[e];
                    var name = mode == StanceEntityFeatures.CanonicalId && !string.IsNullOrEmpty(entity.CanonicalId) ? entity.CanonicalId : entity.Label;
                    EnsureText(length + name.Length + 3);
                    Text[length++] = ' ';
                    Text[length++] = '_';
                    foreach (var c in name)
                    {
                        Text[length++] = char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_';
                    }

                    Text[length++] = ' ';
                    i = Math.Min(entity.End, text.Length);
                    e++;
                    continue;
                }

                EnsureText(length + 1);
                Text[length++] = char.ToLowerInvariant(text[i]);
                i++;
            }

            TextLength = length;
        }

        public void Tokenize()
        {
            TokenCount = Scan(Text.AsSpan(0, TextLength), ref _starts2, ref _lengths2);
            Starts = _starts2;
            Lengths = _lengths2;
        }

        private int[] _starts2 = new int[64];
        private int[] _lengths2 = new int[64];

        public void PrepareTarget(string target, HashSet<string> stopWords)
        {
            if (ReferenceEquals(target, _target) || string.Equals(target, _target, StringComparison.Ordinal))
            {
                return;
            }

            if (TargetText.Length < target.Length)
            {
                TargetText = new char[target.Length * 2];
            }

            for (var i = 0; i < target.Length; i++)
            {
                TargetText[i] = char.ToLowerInvariant(target[i]);
            }

            TargetLength = target.Length;
            var starts = new int[8];
            var lengths = new int[8];
            var all = Scan(TargetText.AsSpan(0, TargetLength), ref starts, ref lengths);
            var kept = 0;
            var lookup = stopWords.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var i = 0; i < all; i++)
            {
                var token = TargetText.AsSpan(starts[i], lengths[i]);
                if (token.Length < 3 || lookup.Contains(token))
                {
                    continue;
                }

                starts[kept] = starts[i];
                lengths[kept] = lengths[i];
                kept++;
            }

            _targetStarts = starts;
            _targetLengths = lengths;
            TargetTokenCount = kept;
            _target = target;
        }

        public bool MatchesTarget(ReadOnlySpan<char> token)
        {
            if (token.Length < 3)
            {
                return false;
            }

            for (var t = 0; t < TargetTokenCount; t++)
            {
                var candidate = TargetText.AsSpan(_targetStarts[t], _targetLengths[t]);
                if (token.SequenceEqual(candidate))
                {
                    return true;
                }

                if (token.Length >= 5 && candidate.Length >= 5 && token.CommonPrefixLength(candidate) >= Math.Max(5, Math.Min(token.Length, candidate.Length) - 3))
                {
                    return true;
                }
            }

            return false;
        }

        private static int Scan(ReadOnlySpan<char> text, ref int[] starts, ref int[] lengths)
        {
            var count = 0;
            var i = 0;
            while (i < text.Length)
            {
                if (!IsWordChar(text[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
                }

                var length = i - start;
                var apostropheT = length == 1 && text[start] == 't' && start > 0 && (text[start - 1] == '\'' || text[start - 1] == '\u2019');
                if (length < 2 && !apostropheT && !char.IsDigit(text[start]))
                {
                    continue;
                }

                if (count == starts.Length)
                {
                    Array.Resize(ref starts, count * 2);
                    Array.Resize(ref lengths, count * 2);
                }

                starts[count] = start;
                lengths[count] = length;
                count++;
            }

            return count;
        }

        private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

        private void EnsureText(int length)
        {
            if (Text.Length < length)
            {
                var bigger = new char[Math.Max(length, Text.Length * 2)];
                Text.AsSpan().CopyTo(bigger);
                Text = bigger;
            }
        }
    }
}
