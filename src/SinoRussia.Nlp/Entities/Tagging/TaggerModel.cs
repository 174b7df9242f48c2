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
    private readonly int[] _wordForms;
    private readonly int[] _wordClusters;
    private readonly int _trainedWords;
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
    public TaggerModel(string metadata, string[] labels, string[] gazetteers, Lexicon atoms, int[] wordAtom, int[] wordGaz, int trainedWords, FeatureTable table, float[] transitions, int[]? wordForms = null, int[]? wordClusters = null)
    {
        Metadata = metadata;
        Labels = labels;
        Gazetteers = gazetteers;
        TagCount = TagScheme.TagCount(labels.Length);
        _atoms = atoms;
        _wordAtom = wordAtom;
        _trainedWords = trainedWords;
        _rawTransitions = transitions;
        _transitions = SequenceDecoder.MaskTransitions(transitions, TagCount);
        _predecessors = SequenceDecoder.AllowedPredecessors(TagCount);
        _table = table;
        _wordOfAtom = new int[atoms.Count];
        Array.Fill(_wordOfAtom, -1);
        if (wordClusters is null)
        {
            wordClusters = new int[wordAtom.Length * FeatureTemplate.ClusterCount];
            Array.Fill(wordClusters, -1);
        }

        _wordClusters = wordClusters;
        Span<char> buffer = stackalloc char[64];
        var computeForms = wordForms is null;
        _wordForms = wordForms ?? new int[wordAtom.Length * WordFormCount];
        for (var w = 0; w < wordAtom.Length; w++)
        {
            _wordOfAtom[wordAtom[w]] = w;
            if (computeForms)
            {
                var a = Describe(atoms.Text(wordAtom[w]), atoms, buffer);
                var f = _wordForms.AsSpan(w * WordFormCount, WordFormCount);
                f[0] = a.Lower;
                f[1] = a.Shape;
                f[2] = a.Prefix;
                f[3] = a.Suffix;
                f[4] = a.Suffix2;
                f[5] = a.Suffix4;
            }
        }

        _wordGaz = new int[wordGaz.Length];
        for (var w = 0; w < wordAtom.Length; w++)
        {
            var lower = _wordForms[w * WordFormCount];
            var lowerWord = lower >= 0 ? _wordOfAtom[lower] : -1;
            _wordGaz[w] = wordGaz[w] | (lowerWord >= 0 ? wordGaz[lowerWord] & FeatureTemplate.CommonBit : 0);
        }

        _storedGaz = wordGaz;
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
        Span<char> buffer = stackalloc char[64];
        a.LowerGazetteer = LowerGazetteer(_atoms.Text(_wordAtom[word]), _wordGaz[word], buffer);
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

    public int FeatureCount => _table.Count;

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
            foreach (var form in _wordForms.AsSpan(i * WordFormCount, WordFormCount))
            {
                w.WriteInt32(form);
            }

            for (var k = 0; k < FeatureTemplate.ClusterCount; k++)
            {
                w.WriteInt32(_wordClusters[(i * FeatureTemplate.ClusterCount) + k]);
            }
        }

        var (keys, weights) = _table.Export();
        w.WriteInt32(keys.Length);
        foreach (var key in keys)
        {
            w.WriteInt64(key);
        }

        foreach (var weight in weights)
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
    public static TaggerModel Deserialize(ReadOnlyMemory<byte> data, string source)
    {
        var bytes = data.Span;
        if (data.Length == 0)
        {
            throw new ModelFormatException(source, "the file is empty");
        }

        if (data.Length < HeaderBytes || !bytes[..8].SequenceEqual(MagicBytes))
        {
            throw new ModelFormatException(source, "it is not a SinoRussia.Nlp entity model (the file does not start with the 'SRNERMDL' signature)");
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]);
        if (version != FormatVersion)
        {
            throw new ModelFormatException(source, $"format version {version} is not supported (this library reads version {FormatVersion})");
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(bytes[12..]);
        if (length != data.Length - HeaderBytes)
        {
            throw new ModelFormatException(source, $"the header announces {length} payload bytes but the file has {data.Length - HeaderBytes} (truncated or padded)");
        }

        var crc = BinaryPrimitives.ReadUInt32LittleEndian(bytes[16..]);
        if (Crc32.Compute(bytes[HeaderBytes..]) != crc)
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

        var wordSectionStart = r.Position;
        var wordSectionCount = r.ReadCount(8 + (4 * (WordFormCount + FeatureTemplate.ClusterCount)), "word");
        r.Skip(4 + ((long)wordSectionCount * 4 * (2 + WordFormCount + FeatureTemplate.ClusterCount)), "the words");
        var featureStart = r.Position;
        var features = Task.Run(() => ReadFeatures(data, featureStart, source, tagCount));
        try
        {
            r = new ModelBinaryReader(data, stringsStart, source);
            var atoms = new Lexicon(atomCount, wordSectionStart - stringsStart - (4 * atomCount));
            for (var i = 0; i < atomCount; i++)
            {
                if (!atoms.TryAddUtf8(r.ReadUtf8(), out _))
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

            // Fixed-size records of little-endian int32: string, gazetteer flags, the word forms, the cluster prefixes.
            const int RecordInts = 2 + WordFormCount + FeatureTemplate.ClusterCount;
            var records = r.ReadInt32s(wordCount * RecordInts);
            var wordAtom = new int[wordCount];
            var wordGaz = new int[wordCount];
            var wordForms = new int[wordCount * WordFormCount];
            var wordClusters = new int[wordCount * FeatureTemplate.ClusterCount];
            var seen = new bool[atomCount];
            for (var i = 0; i < wordCount; i++)
            {
                var record = records.Slice(i * RecordInts, RecordInts);
                var atom = record[0];
                if ((uint)atom >= (uint)atomCount || seen[atom])
                {
                    throw r.Fail($"word {i} refers to string {atom}, which is out of range or used twice");
                }

                seen[atom] = true;
                wordAtom[i] = atom;
                wordGaz[i] = record[1];
                for (var k = 2; k < RecordInts; k++)
                {
                    if (record[k] < -1 || record[k] >= atomCount)
                    {
                        var what = k < 2 + WordFormCount ? "string" : "cluster string";
                        throw r.Fail($"word {i} refers to {what} {record[k]}, which is out of range");
                    }
                }

                record.Slice(2, WordFormCount).CopyTo(wordForms.AsSpan(i * WordFormCount));
                record[(2 + WordFormCount)..].CopyTo(wordClusters.AsSpan(i * FeatureTemplate.ClusterCount));
            }

            if (r.Position != featureStart)
            {
                throw r.Fail("the word section does not end where its size says");
            }

            var (table, transitions) = features.GetAwaiter().GetResult();
            return new TaggerModel(metadata, labels, gazetteers, atoms, wordAtom, wordGaz, trainedWords, table, transitions, wordForms, wordClusters);
        }
        catch
        {
            // The feature section may still be parsing the caller's bytes: let it finish (its own error, if any, is
            // secondary) so nothing reads them after this method has returned.
            try
            {
                features.Wait();
            }
            catch (AggregateException)
            {
            }

            throw;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static (FeatureTable Table, float[] Transitions) ReadFeatures(ReadOnlyMemory<byte> data, int start, string source, int tagCount)
    {
        // Keys and weights are checked and hashed where they lie in the file's bytes, not copied first.
        var r = new ModelBinaryReader(data, start, source);
        var featureCount = r.ReadCount(8 + (4 * tagCount), "feature");
        var keys = r.ReadInt64s(featureCount);
        for (var i = 0; i < featureCount; i++)
        {
            if (keys[i] <= 0 || (i > 0 && keys[i] <= keys[i - 1]))
            {
                throw r.Fail($"feature {i} has an invalid or unsorted key");
            }
        }

        var table = new FeatureTable(keys, r.ReadSingles(featureCount * tagCount), tagCount);

        var transitionCount = (tagCount + 1) * tagCount;
        if (r.Remaining != transitionCount * 4)
        {
            throw r.Fail($"expected {transitionCount * 4} bytes of transition weights, found {r.Remaining}");
        }

        var transitions = r.ReadSingles(transitionCount).ToArray();
        r.ExpectEnd();
        return (table, transitions);
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

    // LowerGazetteer is left 0: a stored word's features are only summed in FillRoles, which computes it.
    private TokenAtoms AtomsOfWord(int w) => new()
    {
        Word = _wordAtom[w],
        Lower = _wordForms[w * WordFormCount],
        Shape = _wordForms[(w * WordFormCount) + 1],
        Prefix = _wordForms[(w * WordFormCount) + 2],
        Suffix = _wordForms[(w * WordFormCount) + 3],
        Suffix2 = _wordForms[(w * WordFormCount) + 4],
        Suffix4 = _wordForms[(w * WordFormCount) + 5],
        Gazetteer = _wordGaz[w],
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
