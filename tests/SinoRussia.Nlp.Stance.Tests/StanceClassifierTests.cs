using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Pipeline;

namespace SinoRussia.Nlp.Stance.Tests;

public class StanceClassifierTests
{
    private const string Favor = "In this paragraph the partnership keeps deepening, and observers add that ties are close and durable, since a strategic alliance is forming and the two capitals trust each other more every year.";
    private const string Against = "In this paragraph the relationship is shallow and fragile, and observers add that mistrust limits any alliance, because asymmetry breeds dependence and resentment while rivalry in central asia undermines ties.";
    private const string Short = "Trade figures were released on Monday.";

    [Fact]
    public void Paragraphs_of_at_least_the_minimum_words_are_judged_and_shorter_ones_get_null()
    {
        var document = TestData.Document($"{Favor}\n\n{Short}\n\n{Against}");

        new StanceClassifier(new StanceClassifierOptions { Model = TestData.TinyModel }).Process(document);

        document.GetParagraphStance(0)!.Label.Should().Be("favor");
        document.GetParagraphStance(1).Should().BeNull();
        document.GetParagraphStance(2)!.Label.Should().Be("against");
        document.GetParagraphStance(0)!.Evidence.Should().NotBeEmpty().And.OnlyContain(e => e.Label == "favor" && e.Weight > 0);
        document.Has(AnnotationLayer.Stance).Should().BeTrue();
    }

    [Fact]
    public void The_document_score_is_the_word_weighted_mean_of_its_paragraphs()
    {
        var document = TestData.Document($"{Favor}\n\n{Favor} {Favor}\n\n{Against}");

        new StanceClassifier(new StanceClassifierOptions { Model = TestData.TinyModel }).Process(document);

        var words = new double[] { CountWords(Favor), 2 * CountWords(Favor), CountWords(Against) };
        var paragraphs = Enumerable.Range(0, 3).Select(i => document.GetParagraphStance(i)!).ToArray();
        var expected = paragraphs.Select((p, i) => p.Scores["favor"] * words[i]).Sum() / words.Sum();
        CountWords(Favor).Should().Be(32);
        document.Stance!.Scores["favor"].Should().BeApproximately((float)expected, 1e-5f);
        document.Stance.Label.Should().Be("favor");
        document.Stance.Evidence.Should().NotBeEmpty();
    }

    [Fact]
    public void A_document_without_a_long_enough_paragraph_or_text_gets_no_document_stance()
    {
        var document = TestData.Document($"{Short}\n\n{Short}");

        new StanceClassifier(new StanceClassifierOptions { Model = TestData.TinyModel }).Process(document);

        document.Stance.Should().BeNull();
        document.GetParagraphStance(0).Should().BeNull();
    }

    [Fact]
    public void The_builder_extension_adds_a_stage_that_requires_tokens_and_paragraphs()
    {
        var pipeline = new NlpPipelineBuilder().Add(new HandTokenizer()).AddStanceClassifier(o => o.Model = TestData.TinyModel).Build();

        var document = pipeline.Process($"{Against}\n\n{Short}");

        document.GetParagraphStance(0)!.Label.Should().Be("against");
        document.Stance!.Label.Should().Be("against");
        var missing = () => new NlpPipelineBuilder().AddStanceClassifier(o => o.Model = TestData.TinyModel).Build();
        missing.Should().Throw<PipelineConfigurationException>().WithMessage("*stance-classifier*tokens*");
    }

    [Fact]
    public void Eight_threads_predicting_at_once_give_the_same_results_as_one()
    {
        var model = StanceModel.Default;
        var texts = Enumerable.Range(0, 400).Select(i => $"{(i % 2 == 0 ? Favor : Against)} Variant {i} mentions Moscow, Beijing and sanctions {i % 7} times.").ToArray();
        var expected = texts.Select(t => model.Predict(t)).Select(j => (j.Label, j.Scores["favor"], j.Scores["against"], string.Join("|", j.Evidence.Select(e => e.Phrase)))).ToArray();

        var results = new (string, float, float, string)[8][];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
        {
            results[t] = texts.Select(x => model.Predict(x)).Select(j => (j.Label, j.Scores["favor"], j.Scores["against"], string.Join("|", j.Evidence.Select(e => e.Phrase)))).ToArray();
        });

        results.Should().OnlyContain(r => r.SequenceEqual(expected));
    }

    [Fact]
    public void A_model_trained_with_entity_features_sees_the_documents_entities_as_their_labels()
    {
        var examples = new[]
        {
            new StanceExample("Beijing and Moscow deepen ties", "favor") { Entities = [new EntityAnnotation(0, 7, "GPE"), new EntityAnnotation(12, 18, "GPE")] },
            new StanceExample("Paris and Berlin deepen ties", "favor") { Entities = [new EntityAnnotation(0, 5, "GPE"), new EntityAnnotation(10, 16, "GPE")] },
            new StanceExample("Rome and Madrid remain rivals", "against") { Entities = [new EntityAnnotation(0, 4, "GPE"), new EntityAnnotation(9, 15, "GPE")] },
            new StanceExample("Oslo and Bern remain rivals", "against") { Entities = [new EntityAnnotation(0, 4, "GPE"), new EntityAnnotation(9, 13, "GPE")] },
        };
        var model = new StanceTrainer(new StanceTrainerOptions { EntityFeatures = StanceEntityFeatures.Label, Folds = 0 }).Train(examples).Model;
        var document = TestData.Document("Kyiv and Warsaw deepen ties");
        document.SetEntities([new EntityAnnotation(0, 4, "GPE"), new EntityAnnotation(9, 15, "GPE")]);

        new StanceClassifier(new StanceClassifierOptions { Model = model, MinWords = 3, EvidenceCount = 10 }).Process(document);

        document.GetParagraphStance(0)!.Label.Should().Be("favor");
        document.GetParagraphStance(0)!.Evidence.Select(e => e.Phrase).Should().Contain(p => p.Contains("_gpe"));
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(25, -1)]
    public void Out_of_range_options_are_rejected(int minWords, int evidence)
    {
        var act = () => new StanceClassifier(new StanceClassifierOptions { Model = TestData.TinyModel, MinWords = minWords, EvidenceCount = evidence });

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static int CountWords(string text) => TestData.Document(text).Tokens.Count(t => t.Kind == TokenKind.Word);

    private sealed class HandTokenizer : IPipelineComponent
    {
        public string Name => "hand-tokenizer";

        public IReadOnlyList<AnnotationLayer> Requires { get; } = [];

        public IReadOnlyList<AnnotationLayer> Produces { get; } = [AnnotationLayer.Tokens, AnnotationLayer.Paragraphs];

        public void Process(Document document)
        {
            var built = TestData.Document(document.Text);
            var buffer = new TokenBuffer();
            foreach (var token in built.Tokens)
            {
                buffer.Add(token.Start, token.Length, token.Kind);
            }

            document.SetTokens(buffer);
            document.SetParagraphs(built.Paragraphs.Select(p => p.TokenRange).ToArray());
        }
    }
}
