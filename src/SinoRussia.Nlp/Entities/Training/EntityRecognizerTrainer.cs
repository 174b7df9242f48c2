using System.Globalization;
using SinoRussia.Nlp.Entities.Models;
using SinoRussia.Nlp.Entities.Tagging;

namespace SinoRussia.Nlp.Entities.Training;

/// <summary>
/// Trains the statistical entity tagger: an averaged structured perceptron over BILOU tags with constrained Viterbi
/// decoding, exact-string features (word, lower case, shape, affixes, neighbours, gazetteer membership, sentence start).
/// </summary>
/// <remarks>Training is single-threaded and deterministic: the same sentences, options and seed give a byte-identical model.</remarks>
public sealed class EntityRecognizerTrainer
{
    private const int CommonLowercaseCount = 3;
    private const int CachedWordCount = 3;
    private readonly EntityTrainerOptions _options;

    /// <summary>Creates a trainer.</summary>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public EntityRecognizerTrainer(EntityTrainerOptions? options = null)
    {
        _options = options ?? new EntityTrainerOptions();
        _options.Validate();
    }

    /// <summary>Trains a model.</summary>
    /// <param name="training">The training sentences.</param>
    /// <param name="development">Optional development sentences, used only to choose the epoch (early stopping).</param>
    /// <param name="cancellationToken">Stops training between sentences.</param>
    /// <returns>The trained model.</returns>
    /// <exception cref="TrainingDataException">The training set is empty or has no entities after label mapping.</exception>
    public EntityModel Train(IReadOnlyList<AnnotatedSentence> training, IReadOnlyList<AnnotatedSentence>? development = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(training);
        if (training.Count == 0)
        {
            throw new TrainingDataException("training data", 0, "the training set is empty.");
        }

        var train = training.Select(Map).ToList();
        var dev = development?.Select(Map).ToList();
        var labels = train.SelectMany(s => s.Entities).Select(e => e.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (labels.Length == 0)
        {
            throw new TrainingDataException(training[0].Source, 0, "the training set has no entities (after label mapping); nothing to learn.");
        }

        if (labels.Length > 64)
        {
            throw new TrainingDataException(training[0].Source, 0, $"the training set has {labels.Length} labels; at most 64 are supported.");
        }

        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var tagCount = TagScheme.TagCount(labels.Length);

        var atoms = new Lexicon();
        atoms.GetOrAdd(TaggerModel.SentenceStart);
        atoms.GetOrAdd(TaggerModel.SentenceEnd);
        var gazetteer = BuildGazetteerFlags();
        var gazetteerLookup = gazetteer.GetAlternateLookup<ReadOnlySpan<char>>();
        var gazetteerNames = _options.Gazetteers.Select(g => g.Name).ToArray();
        var wordIndex = new Dictionary<int, int>();
        var wordAtoms = new List<int>();
        var wordGaz = new List<int>();
        var start = TokenAtoms.Sentinel(0);
        var end = TokenAtoms.Sentinel(1);

        var tokenOffsets = new List<int> { 0 };
        var keyOffsets = new List<int> { 0 };
        var allKeys = new List<long>();
        var goldTags = new List<int>();
        Span<char> buffer = stackalloc char[64];
        Span<long> keyBuffer = stackalloc long[FeatureKeys.MaxPerToken];
        var spanBuffer = new List<(int, int, int)>();
        var lowercaseCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in train)
        {
            foreach (var token in sentence.Tokens)
            {
                if (token.Any(char.IsLetter) && !token.Any(char.IsUpper))
                {
                    lowercaseCounts[token] = lowercaseCounts.GetValueOrDefault(token) + 1;
                }
            }
        }

        var lowercaseLookup = lowercaseCounts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var sentence in train)
        {
            var n = sentence.Tokens.Count;
            var tokenAtoms = new TokenAtoms[n];
            for (var i = 0; i < n; i++)
            {
                var token = sentence.Tokens[i];
                var a = default(TokenAtoms);
                a.Word = atoms.GetOrAdd(token);
                a.Lower = atoms.GetOrAdd(buffer[..WordForms.Lower(token, buffer)]);
                a.Shape = atoms.GetOrAdd(buffer[..WordForms.Shape(token, buffer[..WordForms.MaxShape])]);
                a.Prefix = atoms.GetOrAdd(buffer[..WordForms.Prefix(token, buffer)]);
                a.Suffix = atoms.GetOrAdd(buffer[..WordForms.Suffix(token, buffer)]);
                a.Suffix2 = atoms.GetOrAdd(buffer[..WordForms.Suffix(token, buffer, 2)]);
                a.Suffix4 = atoms.GetOrAdd(buffer[..WordForms.Suffix(token, buffer, 4)]);
                a.Gazetteer = gazetteer.TryGetValue(token, out var flags) ? flags : 0;
                if (lowercaseLookup.TryGetValue(atoms.Text(a.Lower), out var lowerCount) && lowerCount >= CommonLowercaseCount)
                {
                    a.Gazetteer |= FeatureTemplate.CommonBit;
                }
                else if (WordForms.TitleCase(token, buffer) is var titleLength and > 0)
                {
                    a.LowerGazetteer = gazetteerLookup.TryGetValue(buffer[..titleLength], out var titleFlags) ? titleFlags : 0;
                }
                if (!wordIndex.ContainsKey(a.Word))
                {
                    wordIndex.Add(a.Word, wordAtoms.Count);
                    wordAtoms.Add(a.Word);
                    wordGaz.Add(a.Gazetteer & ~FeatureTemplate.CommonBit | (lowercaseCounts.GetValueOrDefault(token) >= CommonLowercaseCount ? FeatureTemplate.CommonBit : 0));
                }

                a.WordIndex = wordIndex[a.Word];
                a.Clusters = ClustersOf(token, atoms);
                tokenAtoms[i] = a;
            }

            var casing = default(SentenceCasing);
            foreach (var token in sentence.Tokens)
            {
                casing.Add(token);
            }

            for (var i = 0; i < n; i++)
            {
                var count = 0;
                keyBuffer[count++] = FeatureTemplate.Key(FeatureTemplate.Bias, 0);
                for (var role = 0; role < FeatureTemplate.RoleCount; role++)
                {
                    var j = i + FeatureKeys.RoleOffset(role);
                    var a = j < 0 ? start : j >= n ? end : tokenAtoms[j];
                    count = FeatureKeys.AppendRole(role, a, keyBuffer, count);
                }

                count = FeatureKeys.AppendPairs(i > 0 ? tokenAtoms[i - 1] : start, tokenAtoms[i], i + 1 < n ? tokenAtoms[i + 1] : end, i == 0, casing.Class, keyBuffer, count);
                for (var k = 0; k < count; k++)
                {
                    allKeys.Add(keyBuffer[k]);
                }

                keyOffsets.Add(allKeys.Count);
            }

            spanBuffer.Clear();
            foreach (var e in sentence.Entities)
            {
                spanBuffer.Add((e.TokenStart, e.TokenEnd, labelIndex[e.Label]));
            }

            var tags = new int[n];
            TagScheme.Encode(spanBuffer.ToArray(), tags);
            goldTags.AddRange(tags);
            tokenOffsets.Add(goldTags.Count);
        }

        var frequency = new int[wordAtoms.Count];
        foreach (var sentence in train)
        {
            foreach (var token in sentence.Tokens)
            {
                frequency[wordIndex[atoms.Find(token)]]++;
            }
        }

        var byFrequency = Enumerable.Range(0, wordAtoms.Count).OrderByDescending(w => frequency[w]).ThenBy(w => w).ToArray();
        wordAtoms = [.. byFrequency.Select(w => wordAtoms[w])];
        wordGaz = [.. byFrequency.Select(w => wordGaz[w])];
        var trainedWords = byFrequency.Count(w => frequency[w] >= CachedWordCount);
        wordIndex.Clear();
        for (var w = 0; w < wordAtoms.Count; w++)
        {
            wordIndex.Add(wordAtoms[w], w);
        }
        foreach (var (token, flags) in gazetteer.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var atom = atoms.GetOrAdd(token);
            if (!wordIndex.ContainsKey(atom))
            {
                wordIndex.Add(atom, wordAtoms.Count);
                wordAtoms.Add(atom);
                wordGaz.Add(flags);
            }
        }

        foreach (var (word, _, _) in _options.Clusters?.GetEntries() ?? [])
        {
            var atom = atoms.GetOrAdd(word);
            if (!wordIndex.ContainsKey(atom))
            {
                wordIndex.Add(atom, wordAtoms.Count);
                wordAtoms.Add(atom);
                wordGaz.Add(gazetteer.GetValueOrDefault(word));
            }
        }

        var wordClusters = new int[wordAtoms.Count * FeatureTemplate.ClusterCount];
        for (var w = 0; w < wordAtoms.Count; w++)
        {
            var clusters = ClustersOf(atoms[wordAtoms[w]], atoms);
            ((ReadOnlySpan<int>)clusters).CopyTo(wordClusters.AsSpan(w * FeatureTemplate.ClusterCount, FeatureTemplate.ClusterCount));
        }

        var counts = new Dictionary<long, int>();
        foreach (var key in allKeys)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var kept = counts.Where(p => p.Value >= _options.MinFeatureCount).Select(p => p.Key).Order().ToArray();
        var rowOf = new Dictionary<long, int>(kept.Length);
        for (var i = 0; i < kept.Length; i++)
        {
            rowOf.Add(kept[i], i);
        }

        var rows = new List<int>(allKeys.Count);
        var rowOffsets = new int[keyOffsets.Count];
        for (var t = 0; t + 1 < keyOffsets.Count; t++)
        {
            for (var k = keyOffsets[t]; k < keyOffsets[t + 1]; k++)
            {
                if (rowOf.TryGetValue(allKeys[k], out var row))
                {
                    rows.Add(row);
                }
            }

            rowOffsets[t + 1] = rows.Count;
        }

        allKeys.Clear();
        var rowArray = rows.ToArray();
        var gold = goldTags.ToArray();
        float[]? sumWeights = null;
        float[]? sumTransitions = null;
        var members = new List<string>();
        var epochsRun = 0;
        var bestEpoch = 0;
        var bestF1 = double.NegativeInfinity;
        for (var member = 0; member < _options.EnsembleSize; member++)
        {
            var (memberWeights, memberTransitions, memberEpoch, memberF1, memberEpochs) = TrainMember(member);
            epochsRun = memberEpochs;
            bestEpoch = memberEpoch;
            bestF1 = memberF1;
            members.Add(string.Create(CultureInfo.InvariantCulture, $"{memberEpoch}"));
            if (sumWeights is null)
            {
                sumWeights = memberWeights;
                sumTransitions = memberTransitions;
            }
            else
            {
                for (var i = 0; i < sumWeights.Length; i++)
                {
                    sumWeights[i] += memberWeights[i];
                }

                for (var i = 0; i < sumTransitions!.Length; i++)
                {
                    sumTransitions[i] += memberTransitions[i];
                }
            }
        }

        var bestWeights = sumWeights!;
        var bestTransitions = sumTransitions!;
        if (_options.EnsembleSize > 1)
        {
            for (var i = 0; i < bestWeights.Length; i++)
            {
                bestWeights[i] /= _options.EnsembleSize;
            }

            for (var i = 0; i < bestTransitions.Length; i++)
            {
                bestTransitions[i] /= _options.EnsembleSize;
            }

            if (dev is { Count: > 0 })
            {
                bestF1 = Evaluate(Build(gazetteerNames, labels, atoms, wordAtoms, wordGaz, wordClusters, trainedWords, kept, bestWeights, bestTransitions, 0f, ""), dev, labels);
            }
        }

        (float[], float[], int, double, int) TrainMember(int member)
        {
            var perceptron = new AveragedPerceptron(kept.Length, tagCount, _options.Margin);
            var order = Enumerable.Range(0, train.Count).ToArray();
            var random = new Random(_options.Seed + member);
            float[]? bestWeights = null;
            float[]? bestTransitions = null;
            var bestF1 = double.NegativeInfinity;
            var bestEpoch = 0;
            var sinceBest = 0;
            var memberEpochsRun = 0;
            for (var epoch = 1; epoch <= _options.Epochs; epoch++)
            {
                random.Shuffle(order);
                var correct = 0L;
                foreach (var s in order)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var first = tokenOffsets[s];
                    var n = tokenOffsets[s + 1] - first;
                    correct += perceptron.Learn(rowArray, rowOffsets, first, n, gold.AsSpan(first, n));
                }

                memberEpochsRun = epoch;
                var (weights, transitions) = perceptron.Averaged();
                double? devF1 = null;
                var isBest = true;
                if (dev is { Count: > 0 })
                {
                    var snapshot = Build(gazetteerNames, labels, atoms, wordAtoms, wordGaz, wordClusters, trainedWords, kept, weights, transitions, 0f, "");
                    devF1 = Evaluate(snapshot, dev, labels);
                    isBest = devF1.Value > bestF1;
                }

                if (isBest)
                {
                    bestF1 = devF1 ?? 0;
                    bestEpoch = epoch;
                    bestWeights = weights;
                    bestTransitions = transitions;
                    sinceBest = 0;
                }
                else
                {
                    sinceBest++;
                }

                _options.Progress?.Report(new EntityTrainingProgress((member * _options.Epochs) + epoch, _options.Epochs * _options.EnsembleSize, correct / (double)gold.Length, devF1, isBest));
                if (dev is { Count: > 0 } && sinceBest >= _options.Patience)
                {
                    break;
                }
            }

            return (bestWeights!, bestTransitions!, bestEpoch, bestF1, memberEpochsRun);
        }

        var metadata = string.Create(CultureInfo.InvariantCulture, $"labels={string.Join(',', labels)}; sentences={train.Count}; tokens={gold.Length}; epochs_run={epochsRun}; best_epoch={string.Join('/', members)}; seed={_options.Seed}; ensemble={_options.EnsembleSize}; min_feature_count={_options.MinFeatureCount}; gazetteers={string.Join(',', _options.Gazetteers.Select(g => g.Name))}; clusters={_options.Clusters?.Count ?? 0}{(dev is { Count: > 0 } ? $"; dev_f1={bestF1:0.0000}" : "")}; {_options.Description}");
        var model = Build(gazetteerNames, labels, atoms, wordAtoms, wordGaz, wordClusters, trainedWords, kept, bestWeights!, bestTransitions!, _options.PruneThreshold, metadata);
        return new EntityModel(model);
    }

    internal static double Evaluate(TaggerModel model, IReadOnlyList<AnnotatedSentence> sentences, string[] labels)
    {
        var output = new List<TaggedSpan>();
        long tp = 0, predicted = 0, goldCount = 0;
        foreach (var s in sentences)
        {
            var (text, starts, lengths) = Join(s.Tokens);
            output.Clear();
            model.Tag(text, starts, lengths, 0, starts.Length, output);
            var gold = new HashSet<(int, int, string)>(s.Entities.Select(e => (e.TokenStart, e.TokenEnd, e.Label)));
            goldCount += gold.Count;
            foreach (var p in output)
            {
                predicted++;
                if (gold.Contains((p.TokenStart, p.TokenEnd, model.Labels[p.Label])))
                {
                    tp++;
                }
            }
        }

        _ = labels;
        var precision = predicted == 0 ? 0 : tp / (double)predicted;
        var recall = goldCount == 0 ? 0 : tp / (double)goldCount;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    internal static (string Text, int[] Starts, int[] Lengths) Join(IReadOnlyList<string> tokens)
    {
        var starts = new int[tokens.Count];
        var lengths = new int[tokens.Count];
        var position = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            starts[i] = position;
            lengths[i] = tokens[i].Length;
            position += tokens[i].Length + 1;
        }

        return (string.Join(' ', tokens), starts, lengths);
    }

    private static TaggerModel Build(string[] gazetteerNames, string[] labels, Lexicon atoms, List<int> wordAtoms, List<int> wordGaz, int[] wordClusters, int trainedWords, long[] keys, float[] weights, float[] transitions, float prune, string metadata)
    {
        var tagCount = TagScheme.TagCount(labels.Length);
        var keptKeys = new List<long>(keys.Length);
        var keptWeights = new List<float>(weights.Length);
        for (var row = 0; row < keys.Length; row++)
        {
            var slice = weights.AsSpan(row * tagCount, tagCount);
            var max = 0f;
            foreach (var w in slice)
            {
                max = Math.Max(max, Math.Abs(w));
            }

            if (max > prune || (prune == 0 && max > 0) || keys[row] == FeatureTemplate.Key(FeatureTemplate.Bias, 0))
            {
                keptKeys.Add(keys[row]);
                keptWeights.AddRange(slice);
            }
        }

        var lexicon = new Lexicon(atoms.Count);
        for (var i = 0; i < atoms.Count; i++)
        {
            lexicon.TryAdd(atoms.Text(i), out _);
        }

        var table = new FeatureTable(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(keptKeys), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(keptWeights), TagScheme.TagCount(labels.Length));
        return new TaggerModel(metadata, labels, gazetteerNames, lexicon, [.. wordAtoms], [.. wordGaz], trainedWords, table, transitions, wordClusters: wordClusters);
    }

    private ClusterAtoms ClustersOf(string word, Lexicon atoms) =>
        _options.Clusters is { } clusters && clusters.TryGetPath(word, out var path) ? ClusterAtoms.Of(path, atoms) : ClusterAtoms.None;

    private Dictionary<string, int> BuildGazetteerFlags()
    {
        var flags = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < _options.Gazetteers.Count; g++)
        {
            foreach (var phrase in _options.Gazetteers[g].Phrases)
            {
                var tokens = EntityGazetteer.SplitPhrase(phrase);
                for (var i = 0; i < tokens.Count; i++)
                {
                    if (!tokens[i].Any(char.IsLetterOrDigit))
                    {
                        continue;
                    }

                    var position = tokens.Count == 1 ? TagScheme.Unit : i == 0 ? TagScheme.Begin : i == tokens.Count - 1 ? TagScheme.Last : TagScheme.Inside;
                    flags[tokens[i]] = flags.GetValueOrDefault(tokens[i]) | (1 << ((g * 4) + position));
                }
            }
        }

        return flags;
    }

    private AnnotatedSentence Map(AnnotatedSentence sentence)
    {
        var spans = new List<AnnotatedSpan>(sentence.Entities.Count);
        foreach (var e in sentence.Entities)
        {
            var label = _options.LabelMap.TryGetValue(e.Label, out var mapped) ? mapped : e.Label;
            if (string.IsNullOrEmpty(label) || label == "O" || (_options.Labels is not null && !_options.Labels.Contains(label)))
            {
                continue;
            }

            spans.Add(e with { Label = label });
        }

        return new AnnotatedSentence(sentence.Tokens, spans, sentence.Source, sentence.Line) { DocumentId = sentence.DocumentId };
    }
}
