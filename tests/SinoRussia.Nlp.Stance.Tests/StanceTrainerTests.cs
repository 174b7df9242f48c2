using SinoRussia.Nlp.Documents;

namespace SinoRussia.Nlp.Stance.Tests;

public class StanceTrainerTests
{
    [Theory]
    [InlineData(StanceTrainerKind.SdcaMaximumEntropy)]
    [InlineData(StanceTrainerKind.LbfgsMaximumEntropy)]
    public void The_same_data_options_and_seed_give_identical_models_and_metrics(StanceTrainerKind kind)
    {
        var options = () => new StanceTrainerOptions { Trainer = kind, Folds = 3, Seed = 7 };

        var first = TestData.Train(options());
        var second = TestData.Train(options());

        Bytes(first.Model).Should().Equal(Bytes(second.Model));
        first.CrossValidation!.Accuracy.Should().Be(second.CrossValidation!.Accuracy);
        first.CrossValidation.Confusion.Should().BeEquivalentTo(second.CrossValidation.Confusion);
        first.Model.PredictBatch(TestData.Tiny).Select(j => j.Scores["favor"]).Should().Equal(second.Model.PredictBatch(TestData.Tiny).Select(j => j.Scores["favor"]));
    }

    [Fact]
    public void A_model_trained_on_the_tiny_fixture_separates_its_three_labels()
    {
        var result = TestData.Train(new StanceTrainerOptions { Folds = 4 });

        result.Model.Labels.Should().Equal("favor", "against", "none");
        result.CrossValidation!.Count.Should().Be(36);
        result.CrossValidation.MacroF1.Should().BeGreaterThan(0.9);
        result.Model.Metadata.CrossValidationFolds.Should().Be(4);
        result.Model.Metadata.TrainingRows.Should().Be(36);
        result.Model.Metadata.TrainingDataHash.Should().HaveLength(64);
    }

    [Fact]
    public void The_linear_scorer_gives_the_probabilities_ML_NET_computes()
    {
        var model = TestData.TinyModel;
        var examples = TestData.Tiny.Concat([new StanceExample("An unseen sentence about ties, trust and a fragile alliance.", "none")]).ToList();

        var ours = model.PredictBatch(examples);
        var mlNet = model.ScoreWithMlNet(examples);

        for (var i = 0; i < examples.Count; i++)
        {
            for (var k = 0; k < model.Labels.Count; k++)
            {
                ours[i].Scores[model.Labels[k]].Should().BeApproximately(mlNet[i][k], 1e-5f);
            }
        }
    }

    [Fact]
    public void LightGbm_models_are_scored_by_ML_NET_and_give_a_probability_per_label()
    {
        var model = TestData.Train(new StanceTrainerOptions { Trainer = StanceTrainerKind.LightGbm, Folds = 0, MaximumIterations = 20 }).Model;

        var judgement = model.Predict("the partnership keeps deepening and ties are close and durable");

        model.Linear.Should().BeNull();
        judgement.Scores.Keys.Should().BeEquivalentTo(["favor", "against", "none"]);
        judgement.Scores.Values.Sum().Should().BeApproximately(1f, 1e-4f);
    }

    [Fact]
    public void Cross_validation_folds_keep_each_group_together_and_are_deterministic()
    {
        var folds = StanceTrainer.AssignFolds(TestData.Tiny, 4, seed: 3);

        folds.Should().Equal(StanceTrainer.AssignFolds(TestData.Tiny, 4, seed: 3));
        TestData.Tiny.Select((e, i) => (e.Group, Fold: folds[i])).GroupBy(x => x.Group).Should().OnlyContain(g => g.Select(x => x.Fold).Distinct().Count() == 1);
        folds.Distinct().Should().HaveCount(4);
    }

    [Fact]
    public void Training_on_a_single_label_is_rejected()
    {
        var act = () => new StanceTrainer().Train([new StanceExample("a b c", "favor"), new StanceExample("a b d", "favor")]);

        act.Should().Throw<ArgumentException>().WithMessage("*at least two labels*");
    }

    [Fact]
    public void A_label_outside_a_fixed_label_set_is_rejected_with_its_line()
    {
        var act = () => new StanceTrainer(new StanceTrainerOptions { Labels = ["favor", "against"] }).Train(TestData.Tiny);

        act.Should().Throw<ArgumentException>().WithMessage("*'none' at line 4*");
    }

    [Fact]
    public void Top_features_per_label_are_phrases_of_that_label()
    {
        var top = TestData.TinyModel.TopFeatures(20);

        top["favor"].Select(e => e.Phrase).Should().Contain(p => p.Contains("deepening") || p.Contains("durable") || p.Contains("trust"));
        top["none"].Select(e => e.Phrase).Should().Contain(p => p.Contains("monday") || p.Contains("factory") || p.Contains("friday"));
    }

    [Fact]
    public void Entity_features_replace_mentions_by_their_label()
    {
        var text = "Beijing and Moscow deepen ties";
        var examples = new[]
        {
            new StanceExample(text, "favor") { Entities = [new EntityAnnotation(0, 7, "GPE"), new EntityAnnotation(12, 18, "GPE")] },
            new StanceExample("Paris and Berlin deepen ties", "favor") { Entities = [new EntityAnnotation(0, 5, "GPE"), new EntityAnnotation(10, 16, "GPE")] },
            new StanceExample("Rome and Madrid are rivals", "against") { Entities = [new EntityAnnotation(0, 4, "GPE"), new EntityAnnotation(9, 15, "GPE")] },
            new StanceExample("Oslo and Bern are rivals", "against") { Entities = [new EntityAnnotation(0, 4, "GPE"), new EntityAnnotation(9, 13, "GPE")] },
        };

        var model = new StanceTrainer(new StanceTrainerOptions { EntityFeatures = StanceEntityFeatures.Label, Folds = 0 }).Train(examples).Model;

        model.Featurizer.Features.Should().Contain("w:_gpe and").And.NotContain(f => f.Contains("beijing"));
        model.Metadata.EntityFeatures.Should().Be(StanceEntityFeatures.Label);
    }

    private static byte[] Bytes(StanceModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
