using SinoRussia.Samples.Benchmarking;
using SinoRussia.Samples.Tests.TestSupport;

namespace SinoRussia.Samples.Tests.Benchmarking;

public class ScaleBenchOptionsTests
{
    private static readonly DirectoryInfo Data = new(Path.Combine(AppContext.BaseDirectory, "data"));

    [Theory]
    [InlineData("1,10,100", new[] { 1, 10, 100 })]
    [InlineData("100, 1", new[] { 100, 1 })]
    [InlineData("7", new[] { 7 })]
    public void Sizes_are_read_as_a_comma_separated_list_in_the_order_given(string text, int[] expected)
    {
        var ok = BenchCommand.TryScaleSettings(text, "1,2", 3, 2, 3, Data, ScaleGcMode.Workstation, null, out var settings, out var message);

        ok.Should().BeTrue(message);
        settings.Sizes.Should().Equal(expected);
        settings.Threads.Should().Equal(1, 2);
    }

    [Theory]
    [InlineData("", "1", 3, 2, 3, "--sizes needs a comma-separated list")]
    [InlineData("0", "1", 3, 2, 3, "--sizes: '0' is not an integer from 1 to 100000")]
    [InlineData("1,,10", "1", 3, 2, 3, "--sizes: '' is not an integer")]
    [InlineData("ten", "1", 3, 2, 3, "--sizes: 'ten' is not an integer")]
    [InlineData("-1", "1", 3, 2, 3, "--sizes: '-1' is not an integer")]
    [InlineData("100001", "1", 3, 2, 3, "--sizes: '100001' is not an integer from 1 to 100000")]
    [InlineData("10,10", "1", 3, 2, 3, "--sizes: 10 is listed twice")]
    [InlineData("1", "0", 3, 2, 3, "--threads: '0' is not an integer from 1 to 256")]
    [InlineData("1", "1.5", 3, 2, 3, "--threads: '1.5' is not an integer")]
    [InlineData("1", "1", -1, 2, 3, "--seconds must be 0 or more")]
    [InlineData("1", "1", double.NaN, 2, 3, "--seconds must be 0 or more")]
    [InlineData("1", "1", 3, -0.5, 3, "--warm-up must be 0 or more")]
    [InlineData("1", "1", 3, 2, 0, "--repeat must be from 1 to 100")]
    [InlineData("1", "1", 3, 2, 101, "--repeat must be from 1 to 100")]
    public void A_bad_scale_option_is_rejected_with_a_message_naming_it(string sizes, string threads, double seconds, double warmUp, int repeat, string expected)
    {
        var ok = BenchCommand.TryScaleSettings(sizes, threads, seconds, warmUp, repeat, Data, ScaleGcMode.Workstation, null, out _, out var message);

        ok.Should().BeFalse();
        message.Should().Contain(expected);
    }

    [Fact]
    public void The_defaults_are_one_ten_and_a_hundred_copies_at_one_and_two_threads_best_of_three()
    {
        var ok = BenchCommand.TryScaleSettings("1,10,100", "1,2", 3, 2, 3, Data, ScaleGcMode.Workstation, null, out var settings, out _);

        ok.Should().BeTrue();
        settings.Should().BeEquivalentTo(new { Sizes = new[] { 1, 10, 100 }, Threads = new[] { 1, 2 }, MinSeconds = 3.0, WarmUpSeconds = 2.0, Repeat = 3, Gc = ScaleGcMode.Workstation });
    }

    [Theory]
    [InlineData("--sizes", "1")]
    [InlineData("--threads", "2")]
    [InlineData("--repeat", "2")]
    [InlineData("--warm-up", "1")]
    [InlineData("--gc", "server")]
    public void A_scale_option_without_scale_is_refused_with_exit_code_two(string option, string value)
    {
        using var temp = new TempFolder();

        var result = AppProcess.Run(temp.Path, null, "bench", option, value);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain($"error: {option} is only used with --scale.");
    }

    [Fact]
    public void A_bad_list_given_to_scale_is_refused_with_exit_code_two_and_no_stack_trace()
    {
        using var temp = new TempFolder();

        var result = AppProcess.Run(temp.Path, null, "bench", "--scale", "--sizes", "1,x");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("error: --sizes: 'x' is not an integer").And.NotContain("   at ");
    }

    [Fact]
    public void A_missing_seed_folder_is_named_and_the_exit_code_is_one()
    {
        using var temp = new TempFolder();

        var result = AppProcess.Run(temp.Path, null, "bench", "--scale", "--data", "nowhere", "--repeat", "1", "--warm-up", "0");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Error.Should().Contain("no seed folder").And.Contain("nowhere").And.NotContain("   at ");
    }
}
