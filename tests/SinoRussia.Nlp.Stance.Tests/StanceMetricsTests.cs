namespace SinoRussia.Nlp.Stance.Tests;

public class StanceMetricsTests
{
    private static readonly string[] Labels = ["favor", "against", "none"];

    [Fact]
    public void Metrics_from_a_hand_made_confusion_matrix_match_hand_computed_values()
    {
        var confusion = new[,] { { 5, 2, 1 }, { 1, 6, 1 }, { 0, 2, 7 } };

        var metrics = StanceMetrics.FromConfusion(Labels, confusion);

        metrics.Count.Should().Be(25);
        metrics.Accuracy.Should().BeApproximately(18.0 / 25, 1e-12);
        metrics.PerClass["favor"].Precision.Should().BeApproximately(5.0 / 6, 1e-12);
        metrics.PerClass["favor"].Recall.Should().BeApproximately(5.0 / 8, 1e-12);
        metrics.PerClass["favor"].F1.Should().BeApproximately(10.0 / 14, 1e-12);
        metrics.PerClass["against"].Precision.Should().BeApproximately(0.6, 1e-12);
        metrics.PerClass["against"].Recall.Should().BeApproximately(0.75, 1e-12);
        metrics.PerClass["against"].F1.Should().BeApproximately(2.0 / 3, 1e-12);
        metrics.PerClass["none"].F1.Should().BeApproximately(7.0 / 9, 1e-12);
        metrics.PerClass["none"].Support.Should().Be(9);
        metrics.MacroF1.Should().BeApproximately(((10.0 / 14) + (2.0 / 3) + (7.0 / 9)) / 3, 1e-12);
        metrics.FAvg.Should().BeApproximately(((10.0 / 14) + (2.0 / 3)) / 2, 1e-12);
        metrics.Confusion["none"]["against"].Should().Be(2);
    }

    [Fact]
    public void A_label_never_predicted_has_zero_precision_and_a_label_absent_everywhere_is_left_out_of_macro_F1()
    {
        var metrics = StanceMetrics.Compute(Labels, [("favor", "favor"), ("against", "favor"), ("favor", "favor")]);

        metrics.PerClass["against"].Precision.Should().Be(0);
        metrics.PerClass["against"].F1.Should().Be(0);
        metrics.PerClass["none"].Support.Should().Be(0);
        metrics.MacroF1.Should().BeApproximately(((2 * (2.0 / 3) * 1.0 / ((2.0 / 3) + 1)) + 0) / 2, 1e-12);
    }

    [Fact]
    public void F_avg_is_null_when_the_label_set_lacks_favor_or_against()
    {
        StanceMetrics.Compute(["pro", "con"], [("pro", "pro"), ("con", "pro")]).FAvg.Should().BeNull();
    }

    [Fact]
    public void Pairs_with_an_unknown_label_are_rejected()
    {
        var act = () => StanceMetrics.Compute(Labels, [("favor", "maybe")]);

        act.Should().Throw<ArgumentException>().WithMessage("*maybe*");
    }

    [Fact]
    public void A_confusion_matrix_of_the_wrong_shape_is_rejected()
    {
        var act = () => StanceMetrics.FromConfusion(Labels, new int[2, 2]);

        act.Should().Throw<ArgumentException>().WithMessage("*2x2*3 labels*");
    }

    [Fact]
    public void The_table_shows_every_label_and_the_summary_line()
    {
        var table = StanceMetrics.FromConfusion(Labels, new[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } }).ToTable();

        table.Should().Contain("favor").And.Contain("against").And.Contain("none").And.Contain("macro-F1 1.0000");
    }
}
