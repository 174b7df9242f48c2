using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Pipeline;

namespace SinoRussia.Nlp.Stance;

/// <summary>
/// The pipeline stage that judges the stance of each paragraph and of the whole document toward the model's target,
/// with a probability per label and the phrases that weighed most.
/// </summary>
/// <remarks>
/// <para>Paragraphs with fewer than <see cref="StanceClassifierOptions.MinWords"/> word tokens get a <see langword="null"/>
/// judgement. The document's probabilities are the mean of the judged paragraphs' probabilities, each paragraph
/// weighted by its number of words: a long argued paragraph counts for more than a short aside, and a document's
/// label stays the position its text as a whole takes, as <c>ANNOTATION.md</c> asks. When no paragraph is long
/// enough but the whole text is, the whole text is judged as one unit; otherwise the document's judgement is
/// <see langword="null"/>.</para>
/// <para>When the document carries entities and the model was trained with entity features, mentions are replaced
/// by their label or canonical id before featurisation. Thread-safe: one instance serves any number of documents at once.</para>
/// </remarks>
public sealed class StanceClassifier : IPipelineComponent
{
    private readonly int _minWords;
    private readonly int _evidenceCount;

    /// <summary>Creates the classifier.</summary>
    /// <param name="options">The settings; <see langword="null"/> for the defaults (the embedded default model).</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="StanceModelException">The model's target or labels differ from <see cref="StanceClassifierOptions.RequiredTarget"/> or <see cref="StanceClassifierOptions.RequiredLabels"/>, or the default model is missing.</exception>
    public StanceClassifier(StanceClassifierOptions? options = null)
    {
        options ??= new StanceClassifierOptions();
        options.Validate();
        Model = options.Model ?? StanceModel.Default;
        Model.EnsureCompatible(options.RequiredTarget, options.RequiredLabels);
        _minWords = options.MinWords;
        _evidenceCount = options.EvidenceCount;
    }

    /// <inheritdoc />
    public string Name => "stance-classifier";

    /// <inheritdoc />
    public IReadOnlyList<AnnotationLayer> Requires { get; } = [AnnotationLayer.Tokens, AnnotationLayer.Paragraphs];

    /// <inheritdoc />
    public IReadOnlyList<AnnotationLayer> Produces { get; } = [AnnotationLayer.Stance];

    /// <summary>Gets the model.</summary>
    public StanceModel Model { get; }

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var paragraphs = document.Paragraphs;
        var judgements = new StanceJudgement?[paragraphs.Count];
        var labels = Model.Labels.Count;
        var sums = new double[labels];
        var probabilities = new float[labels];
        var evidence = new Dictionary<string, float>(StringComparer.Ordinal);
        var useEntities = Model.Metadata.EntityFeatures != StanceEntityFeatures.None && document.Has(AnnotationLayer.Entities) && document.Entities.Count > 0;
        double totalWeight = 0;
        var judged = new List<(int Index, int Words)>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            var words = CountWords(document, paragraph.TokenRange);
            if (words < _minWords)
            {
                continue;
            }

            var spans = useEntities ? EntitiesIn(document, paragraph.Start, paragraph.End) : null;
            var judgement = Judge(paragraph.AsSpan(), spans, probabilities, _evidenceCount);
            judgements[p] = judgement;
            for (var k = 0; k < labels; k++)
            {
                sums[k] += (double)probabilities[k] * words;
            }

            totalWeight += words;
            judged.Add((p, words));
        }

        StanceJudgement? documentJudgement = null;
        if (totalWeight > 0)
        {
            for (var k = 0; k < labels; k++)
            {
                probabilities[k] = (float)(sums[k] / totalWeight);
            }

            var best = ArgMax(probabilities);
            foreach (var (index, words) in judged)
            {
                var j = judgements[index]!;
                if (j.Label != Model.Labels[best])
                {
                    continue;
                }

                foreach (var e in j.Evidence)
                {
                    evidence[e.Phrase] = evidence.GetValueOrDefault(e.Phrase) + (e.Weight * words / (float)totalWeight);
                }
            }

            var top = evidence.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Take(_evidenceCount)
                .Select(e => new StanceEvidence(e.Key, Model.Labels[best], e.Value)).ToArray();
            documentJudgement = Model.ToJudgement(Model.Target, probabilities, top);
        }
        else if (CountWords(document, new TokenRange(0, document.TokenCount)) >= _minWords)
        {
            var spans = useEntities ? EntitiesIn(document, 0, document.Text.Length) : null;
            documentJudgement = Judge(document.Text, spans, probabilities, _evidenceCount);
        }

        document.SetStance(documentJudgement, judgements);
    }

    private static int CountWords(Document document, TokenRange range)
    {
        var kinds = document.TokenKinds;
        var words = 0;
        for (var t = range.Start; t < range.End; t++)
        {
            if (kinds[t] == TokenKind.Word)
            {
                words++;
            }
        }

        return words;
    }

    private static EntitySpan[] EntitiesIn(Document document, int start, int end)
    {
        var spans = new List<EntitySpan>();
        foreach (var entity in document.Entities)
        {
            if (entity.Start >= start && entity.End <= end)
            {
                spans.Add(new EntitySpan(entity.Start - start, entity.End - start, entity.Label, entity.CanonicalId));
            }
        }

        return [.. spans];
    }

    private static int ArgMax(ReadOnlySpan<float> values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }

    private StanceJudgement Judge(ReadOnlySpan<char> text, EntitySpan[]? entities, float[] probabilities, int evidenceCount)
    {
        if (Model.Linear is not null)
        {
            var evidence = Model.ScoreLinear(text, Model.Target, entities, probabilities, evidenceCount);
            return Model.ToJudgement(Model.Target, probabilities, evidence);
        }

        var example = new StanceExample(text.ToString(), "", Model.Target)
        {
            Entities = entities?.Select(e => new EntityAnnotation(e.Start, e.End, e.Label, 1f, e.CanonicalId)).ToArray(),
        };
        var judgement = Model.PredictBatch([example])[0];
        for (var k = 0; k < probabilities.Length; k++)
        {
            probabilities[k] = judgement.Scores[Model.Labels[k]];
        }

        return judgement;
    }
}
