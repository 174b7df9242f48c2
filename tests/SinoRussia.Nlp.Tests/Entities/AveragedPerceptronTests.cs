using SinoRussia.Nlp.Entities.Tagging;
using SinoRussia.Nlp.Entities.Training;

namespace SinoRussia.Nlp.Tests.Entities;

public class AveragedPerceptronTests
{
    // Two tokens with one feature each; the first is a one-token entity of the only label, the second is outside.
    private static readonly int[] Rows = [0, 1];
    private static readonly int[] RowOffsets = [0, 1, 2];
    private static readonly int[] Gold = [TagScheme.Tag(0, TagScheme.Unit), TagScheme.Outside];

    [Fact]
    public void Without_a_margin_one_update_makes_the_sentence_right_and_then_it_teaches_nothing()
    {
        var perceptron = new AveragedPerceptron(2, TagScheme.TagCount(1), margin: 0f);
        perceptron.Learn(Rows, RowOffsets, 0, 2, Gold).Should().BeLessThan(2, "all-zero weights tag nothing right");
        perceptron.Learn(Rows, RowOffsets, 0, 2, Gold).Should().Be(2);
        perceptron.Learn(Rows, RowOffsets, 0, 2, Gold).Should().Be(2);
    }

    [Fact]
    public void With_a_margin_a_narrowly_right_sentence_keeps_updating_until_it_wins_by_the_margin()
    {
        var perceptron = new AveragedPerceptron(2, TagScheme.TagCount(1), margin: 3f);
        var updates = 0;
        while (perceptron.Learn(Rows, RowOffsets, 0, 2, Gold) < 2)
        {
            updates++;
            updates.Should().BeLessThan(20, "the margin is finite, so training on one sentence converges");
        }

        updates.Should().BeGreaterThan(1, "one update makes the gold tags win, but not yet by the margin");
    }

    [Fact]
    public void A_negative_or_infinite_margin_is_rejected()
    {
        foreach (var margin in new[] { -1f, float.NaN, float.PositiveInfinity })
        {
            var options = new EntityTrainerOptions { Margin = margin };
            var act = () => new EntityRecognizerTrainer(options).Train(EntityDataReader.Read(EntityModelFixtures.TinyTrainingPath));
            act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*Margin*");
        }
    }
}
