using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Pipeline;

namespace SinoRussia.Samples.Tests.TestSupport;

/// <summary>
/// A whole pipeline stage built from hand rules, so runner tests do not depend on model quality: segments like
/// <see cref="HandDocument"/>, tags a fixed list of names, and judges a paragraph "favor" when it says "partner",
/// "against" when it says "rival", otherwise "none", and the document by the majority of favor and against paragraphs. Throws on a text containing "EXPLODE", and can run a callback
/// per document (used to cancel a run part-way).
/// </summary>
internal sealed class HandRulesComponent : IPipelineComponent
{
    private static readonly (string Text, string Label, string? Canonical)[] Names =
    [
        ("China", "GPE", null), ("Russia", "GPE", null), ("Moscow", "GPE", null), ("Beijing", "GPE", null),
        ("Putin", "PERSON", "Vladimir Putin"), ("Xi", "PERSON", "Xi Jinping"),
        ("EEU", "ORG", "Eurasian Economic Union"), ("EAEU", "ORG", "Eurasian Economic Union"), ("2014", "DATE", null),
    ];

    private readonly Action<Document>? _onDocument;

    public HandRulesComponent(Action<Document>? onDocument = null)
    {
        _onDocument = onDocument;
    }

    public string Name => "hand-rules";

    public IReadOnlyList<AnnotationLayer> Requires { get; } = [];

    public IReadOnlyList<AnnotationLayer> Produces { get; } =
        [AnnotationLayer.Tokens, AnnotationLayer.Sentences, AnnotationLayer.Paragraphs, AnnotationLayer.Entities, AnnotationLayer.Stance];

    public static NlpPipeline Pipeline(Action<Document>? onDocument = null) =>
        new NlpPipelineBuilder().Add(new HandRulesComponent(onDocument)).Build();

    public void Process(Document document)
    {
        if (document.Text.Contains("EXPLODE", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("the text asked to explode");
        }

        _onDocument?.Invoke(document);
        HandDocument.Segment(document);
        var entities = new List<EntityAnnotation>();
        foreach (var token in document.Tokens)
        {
            foreach (var (text, label, canonical) in Names)
            {
                if (token.AsSpan().SequenceEqual(text))
                {
                    entities.Add(new EntityAnnotation(token.Start, token.End, label, 0.9f, canonical));
                }
            }
        }

        document.SetEntities(entities);
        var judgements = new List<StanceJudgement?>();
        foreach (var paragraph in document.Paragraphs)
        {
            var text = paragraph.AsSpan();
            judgements.Add(text.Contains("partner", StringComparison.Ordinal) ? HandDocument.Judgement(0.8f, 0.1f, 0.1f, "partner")
                : text.Contains("rival", StringComparison.Ordinal) ? HandDocument.Judgement(0.1f, 0.7f, 0.2f, "rival")
                : HandDocument.Judgement(0.2f, 0.2f, 0.6f));
        }

        if (judgements.Count == 0)
        {
            document.SetStance(null, judgements);
            return;
        }

        var favor = judgements.Count(j => j!.Label == "favor");
        var against = judgements.Count(j => j!.Label == "against");
        var documentStance = favor > against ? HandDocument.Judgement(0.7f, 0.2f, 0.1f)
            : against > favor ? HandDocument.Judgement(0.15f, 0.65f, 0.2f)
            : HandDocument.Judgement(0.25f, 0.25f, 0.5f);
        document.SetStance(documentStance, judgements);
    }
}
