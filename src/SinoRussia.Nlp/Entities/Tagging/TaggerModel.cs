using System.Buffers.Binary;
using SinoRussia.Nlp.Entities.Models;

namespace SinoRussia.Nlp.Entities.Tagging;

internal sealed class TaggerModel
{
    public const int FormatVersion = 3;
    public const long MaxFileBytes = 64L * 1024 * 1024;
    public const string SentenceStart = "<S>";
    public const string SentenceEnd = "</S>";
    private const int MaxLabels = 64;
    private const int HeaderBytes = 20;
    private const int WordFormCount = 6;
    private const float ConfidenceScale = 2f;
    private static readonly byte[] MagicBytes = "SRNERMDL"u8.ToArray();

    [ThreadStatic]
    private static Workspace? t_workspace;

    private readonly Lexicon _atoms;
    private readonly int[] _wordOfAtom;
    private readonly int[] _wordAtom;
    private readonly int[] _wordGaz;
    private readonly int[] _storedGaz;
    private readonly int[] _wordLowerGaz;
    private readonly int[] _wordLower;
    private readonly int[] _wordShape;
    private readonly int[] _wordPrefix;
    private readonly int[] _wordSuffix;
    private readonly int[] _wordSuffix2;
    private readonly int[] _wordSuffix4;
    private readonly int[] _wordClusters;
    private readonly int _trainedWords;
    private readonly long[] _keys;
    private readonly float[] _weights;
    private readonly float[] _rawTransitions;
    private readonly float[] _transitions;
    private readonly int[][] _predecessors;
    private readonly FeatureTable _table;
    private const int RoleBlockWords = 256;
    private readonly float[]?[] _roleBlocks;
    private readonly int[] _roleReady;
    private readonly float[] _sentinelRoles;
    private readonly float[] _bias;
    private readonly TokenAtoms _startAtoms;
    private readonly TokenAtoms _endAtoms;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public TaggerModel(string metadata, string[] labels, string[] gazetteers, Lexicon atoms, int[] wordAtom, int[] wordGaz, int trainedWords, long[] keys, float[] weights, float[] transitions, int[]? wordForms = null, int[]? wordClusters = null, FeatureTable? table = null)
    {
        Metadata = metadata;
        Labels = labels;
        Gazetteers = gazetteers;
        TagCount = TagScheme.TagCount(labels.Length);
        _atoms = atoms;
        _wordAtom = wordAtom;
        _trainedWords = trainedWords;
        _keys = keys;
        _weights = weights;
        _rawTransitions = transitions;
        _transitions = SequenceDecoder.MaskTransitions(transitions, TagCount);
        _predecessors = SequenceDecoder.AllowedPredecessors(TagCount);
        _table = table ?? new FeatureTable(keys, weights, TagCount);
        _wordOfAtom = new int[atoms.Count];
        Array.Fill(_wordOfAtom, -1);
        _wordLower = new int[wordAtom.Length];
        _wordShape = new int[wordAtom.Length];
        _wordPrefix = new int[wordAtom.Length];
        _wordSuffix = new int[wordAtom.Length];
        _wordSuffix2 = new int[wordAtom.Length];
        _wordSuffix4 = new int[wordAtom.Length];
        if (wordClusters is null)
        {
            wordClusters = new int[wordAtom.Length * FeatureTemplate.ClusterCount];
            Array.Fill(wordClusters, -1);
        }

        _wordClusters = wordClusters;
        Span<char> buffer = stackalloc char[64];
        for (var w = 0; w < wordAtom.Length; w++)
        {
            _wordOfAtom[wordAtom[w]] = w;
            if (wordForms is not null)
            {
                var f = w * WordFormCount;
                _wordLower[w] = wordForms[f];
                _wordShape[w] = wordForms[f + 1];
                _wordPrefix[w] = wordForms[f + 2];
                _wordSuffix[w] = wordForms[f + 3];
                _wordSuffix2[w] = wordForms[f + 4];
                _wordSuffix4[w] = wordForms[f + 5];
                continue;
            }

            var a = Describe(atoms[wordAtom[w]], atoms, buffer);
            _wordLower[w] = a.Lower;
            _wordShape[w] = a.Shape;
            _wordPrefix[w] = a.Prefix;
            _wordSuffix[w] = a.Suffix;
            _wordSuffix2[w] = a.Suffix2;
            _wordSuffix4[w] = a.Suffix4;
        }

        _wordGaz = new int[wordGaz.Length];
        for (var w = 0; w < wordAtom.Length; w++)
        {
            var lowerWord = _wordLower[w] >= 0 ? _wordOfAtom[_wordLower[w]] : -1;
            _wordGaz[w] = wordGaz[w] | (lowerWord >= 0 ? wordGaz[lowerWord] & FeatureTemplate.CommonBit : 0);
        }

        _storedGaz = wordGaz;
        _wordLowerGaz = new int[wordAtom.Length];
        for (var w = 0; w < wordAtom.Length; w++)
        {
            _wordLowerGaz[w] = LowerGazetteer(atoms[wordAtom[w]], _wordGaz[w], buffer);
        }

        _startAtoms = TokenAtoms.Sentinel(atoms.Find(SentenceStart));
        _endAtoms = TokenAtoms.Sentinel(atoms.Find(SentenceEnd));
        _bias = new float[TagCount];
        AddKey(FeatureTemplate.Key(FeatureTemplate.Bias, 0), _bias);
        Span<long> keyBuffer = stackalloc long[FeatureKeys.MaxPerToken];
        _roleBlocks = new float[]?[(wordAtom.Length + RoleBlockWords - 1) / RoleBlockWords];
        _roleReady = new int[wordAtom.Length];
        _sentinelRoles = new float[FeatureTemplate.RoleCount * TagCount];
        for (var role = 1; role < FeatureTemplate.RoleCount; role++)
        {
            var a = FeatureKeys.RoleOffset(role) < 0 ? _startAtoms : _endAtoms;
            var n = FeatureKeys.AppendRole(role, a, keyBuffer, 0);
            for (var k = 0; k < n; k++)
            {
                AddKey(keyBuffer[k], _sentinelRoles.AsSpan(role * TagCount, TagCount));
            }
        }
    }

    public string Metadata { get; }

    // The summed weights of a word's features in each context role are computed on first use and kept, so a
    // word's features are looked up once per model rather than once per occurrence. Blocks appear as words are
    // seen; two threads filling the same word write identical values, and the ready flag is published last.
    private ReadOnlySpan<float> RoleVector(int word, int role)
    {
        var block = _roleBlocks[word / RoleBlockWords] ?? CreateRoleBlock(word / RoleBlockWords);
        var wordOffset = (word % RoleBlockWords) * FeatureTemplate.RoleCount * TagCount;
        if (Volatile.Read(ref _roleReady[word]) == 0)
        {
            FillRoles(word, block.AsSpan(wordOffset, FeatureTemplate.RoleCount * TagCount));
            Volatile.Write(ref _roleReady[word], 1);
        }

        return block.AsSpan(wordOffset + (role * TagCount), TagCount);
    }

    private float[] CreateRoleBlock(int index)
    {
        var block = new float[RoleBlockWords * FeatureTemplate.RoleCount * TagCount];
        return Interlocked.CompareExchange(ref _roleBlocks[index], block, null) ?? block;
    }

    private void FillRoles(int word, Span<float> target)
    {
        Span<long> keyBuffer = stackalloc long[FeatureKeys.MaxPerToken];
        Span<float> sums = stackalloc float[FeatureTemplate.RoleCount * TagCount];
        sums.Clear();
        var a = AtomsOfWord(word);
        for (var role = 0; role < FeatureTemplate.RoleCount; role++)
        {
            var n = FeatureKeys.AppendRole(role, a, keyBuffer, 0);
            for (var k = 0; k < n; k++)
            {
                AddKey(keyBuffer[k], sums.Slice(role * TagCount, TagCount));
            }
        }

        sums.CopyTo(target);
    }

    public string[] Labels { get; }

    public string[] Gazetteers { get; }

    public int TagCount { get; }

    public int FeatureCount => _keys.Length;

    public int WordCount => _wordAtom.Length;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static TokenAtoms Describe(ReadOnlySpan<char> token, Lexicon atoms, Span<char> buffer)
    {
        var a = default(TokenAtoms);
        a.Word = atoms.Find(token);
        a.WordIndex = -1;
        a.Clusters = ClusterAtoms.None;
        var n = WordForms.Lower(token, buffer);
        a.Lower = atoms.Find(buffer[..n]);
        n = WordForms.Shape(token, buffer[..WordForms.MaxShape]);
        a.Shape = atoms.Find(buffer[..n]);
        n = WordForms.Prefix(token, buffer);
        a.Prefix = atoms.Find(buffer[..n]);
        n = WordForms.Suffix(token, buffer);
        a.Suffix = atoms.Find(buffer[..n]);
        n = WordForms.Suffix(token, buffer, 2);
        a.Suffix2 = atoms.Find(buffer[..n]);
        n = WordForms.Suffix(token, buffer, 4);
        a.Suffix4 = atoms.Find(buffer[..n]);
        return a;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Tag(string text, int[] starts, int[] lengths, int from, int to, List<TaggedSpan> output)
    {
        var n = to - from;
        if (n <= 0)
        {
            return;
        }

        var ws = t_workspace ??= new Workspace();
        ws.Ensure(n, TagCount);
        var atoms = ws.Atoms;
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < n; i++)
        {
            atoms[i] = Lookup(text.AsSpan(starts[from + i], lengths[from + i]), buffer);
        }

        var casing = default(SentenceCasing);
        for (var i = 0; i < n; i++)
        {
            casing.Add(text.AsSpan(starts[from + i], lengths[from + i]));
        }

        var t = TagCount;
        var emissions = ws.Emissions.AsSpan(0, n * t);
        Span<long> keys = stackalloc long[FeatureKeys.MaxPerToken];
        for (var i = 0; i < n; i++)
        {
            var row = emissions.Slice(i * t, t);
            _bias.CopyTo(row);
            for (var role = 0; role < FeatureTemplate.RoleCount; role++)
            {
                var j = i + FeatureKeys.RoleOffset(role);
                if (j < 0 || j >= n)
                {
                    Add(_sentinelRoles.AsSpan(role * t, t), row);
                }
                else if (atoms[j].WordIndex >= 0)
                {
                    Add(RoleVector(atoms[j].WordIndex, role), row);
                }
                else
                {
                    var count = FeatureKeys.AppendRole(role, atoms[j], keys, 0);
                    for (var k = 0; k < count; k++)
                    {
                        AddKey(keys[k], row);
                    }
                }
            }

            var prev = i > 0 ? atoms[i - 1] : _startAtoms;
            var next = i + 1 < n ? atoms[i + 1] : _endAtoms;
            var pairs = FeatureKeys.AppendPairs(prev, atoms[i], next, i == 0, casing.Class, keys, 0);
            for (var k = 0; k < pairs; k++)
            {
                AddKey(keys[k], row);
            }
        }

        var tags = ws.Tags.AsSpan(0, n);
        SequenceDecoder.Viterbi(emissions, n, t, _transitions, _predecessors, ws.Delta, ws.Back, tags);
        for (var i = 0; i < n; i++)
        {
            var tag = tags[i];
            if (tag == 0)
            {
                continue;
            }

            var position = TagScheme.PositionOf(tag);
            if (position is not (TagScheme.Begin or TagScheme.Unit))
            {
                continue;
            }

            var end = i + 1;
            if (position == TagScheme.Begin)
            {
                while (end < n && TagScheme.PositionOf(tags[end]) != TagScheme.Last)
                {
                    end++;
                }

                end = Math.Min(end + 1, n);
            }

            var score = SpanConfidence(emissions, tags, i, end, n);
            output.Add(new TaggedSpan(from + i, from + end, TagScheme.LabelOf(tag), score));
            i = end - 1;
        }
    }

    private float SpanConfidence(ReadOnlySpan<float> emissions, ReadOnlySpan<int> tags, int start, int end, int n)
    {
        var t = TagCount;
        var entity = 0f;
        var outside = 0f;
        var before = start == 0 ? t : tags[start - 1];
        for (var k = start; k < end; k++)
        {
            var previousEntity = k == start ? before : tags[k - 1];
            var previousOutside = k == start ? before : 0;
            entity += emissions[(k * t) + tags[k]] + _transitions[(previousEntity * t) + tags[k]];
            outside += emissions[k * t] + _rawTransitions[(previousOutside * t) + 0];
        }

        if (end < n)
        {
            entity += _transitions[(tags[end - 1] * t) + tags[end]];
            outside += TagScheme.IsAllowed(0, tags[end]) ? _rawTransitions[tags[end]] : 0f;
        }

        var margin = entity - outside;
        return (float)(1.0 / (1.0 + Math.Exp(-margin / ConfidenceScale)));
    }

    public byte[] Serialize()
    {
        var w = new ModelBinaryWriter();
        w.WriteString(Metadata);
        w.WriteInt32(Labels.Length);
        foreach (var label in Labels)
        {
            w.WriteString(label);
        }

        w.WriteInt32(Gazetteers.Length);
        foreach (var g in Gazetteers)
        {
            w.WriteString(g);
        }

        w.WriteInt32(_atoms.Count);
        for (var i = 0; i < _atoms.Count; i++)
        {
            w.WriteString(_atoms[i]);
        }

        w.WriteInt32(_wordAtom.Length);
        w.WriteInt32(_trainedWords);
        for (var i = 0; i < _wordAtom.Length; i++)
        {
            w.WriteInt32(_wordAtom[i]);
            w.WriteInt32(_storedGaz[i]);
            w.WriteInt32(_wordLower[i]);
            w.WriteInt32(_wordShape[i]);
            w.WriteInt32(_wordPrefix[i]);
            w.WriteInt32(_wordSuffix[i]);
            w.WriteInt32(_wordSuffix2[i]);
            w.WriteInt32(_wordSuffix4[i]);
            for (var k = 0; k < FeatureTemplate.ClusterCount; k++)
            {
                w.WriteInt32(_wordClusters[(i * FeatureTemplate.ClusterCount) + k]);
            }
        }

        w.WriteInt32(_keys.Length);
        foreach (var key in _keys)
        {
            w.WriteInt64(key);
        }

        foreach (var weight in _weights)
        {
            w.WriteSingle(weight);
        }

        foreach (var weight in _rawTransitions)
        {
            w.WriteSingle(weight);
        }

        var payload = w.ToArray();
        var result = new byte[HeaderBytes + payload.Length];
        MagicBytes.CopyTo(result, 0);
        BinaryPrimitives.WriteInt32LittleEndian(result.AsSpan(8), FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(result.AsSpan(12), payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(16), Crc32.Compute(payload));
        payload.CopyTo(result, HeaderBytes);
        return result;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static TaggerModel Deserialize(byte[] data, string source)
    {
        if (data.Length == 0)
        {
            throw new ModelFormatException(source, "the file is empty");
        }

        if (data.Length < HeaderBytes || !data.AsSpan(0, 8).SequenceEqual(MagicBytes))
        {
            throw new ModelFormatException(source, "it is not a SinoRussia.Nlp entity model (the file does not start with the 'SRNERMDL' signature)");
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(8));
        if (version != FormatVersion)
        {
            throw new ModelFormatException(source, $"format version {version} is not supported (this library reads version {FormatVersion})");
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(12));
        if (length != data.Length - HeaderBytes)
        {
            throw new ModelFormatException(source, $"the header announces {length} payload bytes but the file has {data.Length - HeaderBytes} (truncated or padded)");
        }

        var crc = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(16));
        if (Crc32.Compute(data.AsSpan(HeaderBytes)) != crc)
        {
            throw new ModelFormatException(source, "the checksum does not match (the file is corrupted)");
        }

        var r = new ModelBinaryReader(data, HeaderBytes, source);
        var metadata = r.ReadString();
        var labels = ReadStrings(r, "label", MaxLabels);
        if (labels.Length == 0)
        {
            throw r.Fail("the model has no entity labels");
        }

        var gazetteers = ReadStrings(r, "gazetteer", 7);
        var atomCount = r.ReadCount(4, "string");
        var tagCount = TagScheme.TagCount(labels.Length);

        // The feature section is parsed and hashed on a second thread while the strings and words are read here:
        // find where it starts by skipping the length-prefixed strings and the fixed-size word records.
        var stringsStart = r.Position;
        for (var i = 0; i < atomCount; i++)
        {
            r.SkipString();
        }

        var wordSectionCount = r.ReadCount(8 + (4 * (WordFormCount + FeatureTemplate.ClusterCount)), "word");
        r.Skip(4 + ((long)wordSectionCount * 4 * (2 + WordFormCount + FeatureTemplate.ClusterCount)), "the words");
        var featureStart = r.Position;
        var features = Task.Run(() => ReadFeatures(data, featureStart, source, tagCount));
        try
        {
            r = new ModelBinaryReader(data, stringsStart, source);
            var atoms = new Lexicon(atomCount);
            for (var i = 0; i < atomCount; i++)
            {
                if (!atoms.TryAdd(r.ReadString(), out _))
                {
                    throw r.Fail($"string {i} is a duplicate");
                }
            }

            if (atoms.Find(SentenceStart) < 0 || atoms.Find(SentenceEnd) < 0)
            {
                throw r.Fail("the sentence boundary symbols are missing");
            }

            var wordCount = r.ReadCount(8 + (4 * (WordFormCount + FeatureTemplate.ClusterCount)), "word");
            var trainedWords = r.ReadInt32();
            if (trainedWords < 0 || trainedWords > wordCount)
            {
                throw r.Fail($"the trained-word count {trainedWords} exceeds the word count {wordCount}");
            }

            var wordAtom = new int[wordCount];
            var wordGaz = new int[wordCount];
            var wordForms = new int[wordCount * WordFormCount];
            var wordClusters = new int[wordCount * FeatureTemplate.ClusterCount];
            var seen = new bool[atomCount];
            for (var i = 0; i < wordCount; i++)
            {
                var atom = r.ReadInt32();
                if ((uint)atom >= (uint)atomCount || seen[atom])
                {
                    throw r.Fail($"word {i} refers to string {atom}, which is out of range or used twice");
                }

                seen[atom] = true;
                wordAtom[i] = atom;
                wordGaz[i] = r.ReadInt32();
                for (var f = 0; f < WordFormCount; f++)
                {
                    var form = r.ReadInt32();
                    if (form < -1 || form >= atomCount)
                    {
                        throw r.Fail($"word {i} refers to string {form}, which is out of range");
                    }

                    wordForms[(i * WordFormCount) + f] = form;
                }

                for (var k = 0; k < FeatureTemplate.ClusterCount; k++)
                {
                    var cluster = r.ReadInt32();
                    if (cluster < -1 || cluster >= atomCount)
                    {
                        throw r.Fail($"word {i} refers to cluster string {cluster}, which is out of range");
                    }

                    wordClusters[(i * FeatureTemplate.ClusterCount) + k] = cluster;
                }
            }

            if (r.Position != featureStart)
            {
                throw r.Fail("the word section does not end where its size says");
            }

            var (keys, weights, transitions, table) = features.GetAwaiter().GetResult();
            return new TaggerModel(metadata, labels, gazetteers, atoms, wordAtom, wordGaz, trainedWords, keys, weights, transitions, wordForms, wordClusters, table);
        }
        catch
        {
            // The feature section may still be parsing; observe its outcome so a second error is not left unobserved.
            _ = features.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            throw;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static (long[] Keys, float[] Weights, float[] Transitions, FeatureTable Table) ReadFeatures(byte[] data, int start, string source, int tagCount)
    {
        var r = new ModelBinaryReader(data, start, source);
        var featureCount = r.ReadCount(8 + (4 * tagCount), "feature");
        var keys = new long[featureCount];
        for (var i = 0; i < featureCount; i++)
        {
            keys[i] = r.ReadInt64();
            if (keys[i] <= 0 || (i > 0 && keys[i] <= keys[i - 1]))
            {
                throw r.Fail($"feature {i} has an invalid or unsorted key");
            }
        }

        var weights = new float[featureCount * tagCount];
        r.ReadSingles(weights);

        var transitionCount = (tagCount + 1) * tagCount;
        if (r.Remaining != transitionCount * 4)
        {
            throw r.Fail($"expected {transitionCount * 4} bytes of transition weights, found {r.Remaining}");
        }

        var transitions = new float[transitionCount];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = r.ReadSingle();
        }

        r.ExpectEnd();
        return (keys, weights, transitions, new FeatureTable(keys, weights, tagCount));
    }

    private static string[] ReadStrings(ModelBinaryReader r, string what, int max)
    {
        var count = r.ReadCount(4, what, max);
        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = r.ReadString();
            if (result[i].Length == 0)
            {
                throw r.Fail($"{what} {i} is empty");
            }
        }

        return result;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void Add(ReadOnlySpan<float> source, Span<float> target)
    {
        var i = 0;
        var width = System.Numerics.Vector<float>.Count;
        for (; i + width <= target.Length; i += width)
        {
            (new System.Numerics.Vector<float>(source[i..]) + new System.Numerics.Vector<float>(target[i..])).CopyTo(target[i..]);
        }

        for (; i < target.Length; i++)
        {
            target[i] += source[i];
        }
    }

    private TokenAtoms AtomsOfWord(int w) => new()
    {
        Word = _wordAtom[w],
        Lower = _wordLower[w],
        Shape = _wordShape[w],
        Prefix = _wordPrefix[w],
        Suffix = _wordSuffix[w],
        Suffix2 = _wordSuffix2[w],
        Suffix4 = _wordSuffix4[w],
        Gazetteer = _wordGaz[w],
        LowerGazetteer = _wordLowerGaz[w],
        WordIndex = w,
        Clusters = ClustersOfWord(w),
    };

    private ClusterAtoms ClustersOfWord(int w)
    {
        var result = default(ClusterAtoms);
        _wordClusters.AsSpan(w * FeatureTemplate.ClusterCount, FeatureTemplate.ClusterCount).CopyTo(result);
        return result;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private TokenAtoms Lookup(ReadOnlySpan<char> token, Span<char> buffer)
    {
        var atom = _atoms.Find(token);
        if (atom >= 0 && _wordOfAtom[atom] >= 0)
        {
            return AtomsOfWord(_wordOfAtom[atom]);
        }

        var a = Describe(token, _atoms, buffer);
        if (a.Lower >= 0 && _wordOfAtom[a.Lower] is var lowerWord and >= 0)
        {
            a.Gazetteer = _wordGaz[lowerWord] & FeatureTemplate.CommonBit;
        }

        a.LowerGazetteer = LowerGazetteer(token, a.Gazetteer, buffer);
        return a;
    }

    private int LowerGazetteer(ReadOnlySpan<char> token, int gazetteer, Span<char> buffer)
    {
        if ((gazetteer & FeatureTemplate.CommonBit) != 0)
        {
            return 0;
        }

        var n = WordForms.TitleCase(token, buffer);
        var atom = n > 0 ? _atoms.Find(buffer[..n]) : -1;
        return atom >= 0 && _wordOfAtom[atom] is var word and >= 0 ? _storedGaz[word] & ~FeatureTemplate.CommonBit : 0;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void AddKey(long key, Span<float> target)
    {
        var weights = _table.Find(key);
        if (!weights.IsEmpty)
        {
            Add(weights, target);
        }
    }

    private sealed class Workspace
    {
        public TokenAtoms[] Atoms = [];
        public float[] Emissions = [];
        public float[] Delta = [];
        public int[] Back = [];
        public int[] Tags = [];

        public void Ensure(int n, int tagCount)
        {
            if (Atoms.Length < n)
            {
                var size = Math.Max(n, 64);
                Atoms = new TokenAtoms[size];
                Tags = new int[size];
            }

            if (Emissions.Length < n * tagCount)
            {
                var size = Math.Max(n, 64) * tagCount;
                Emissions = new float[size];
                Delta = new float[size];
                Back = new int[size];
            }
        }
    }
}
