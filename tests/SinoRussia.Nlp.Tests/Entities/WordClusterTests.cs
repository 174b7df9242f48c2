using SinoRussia.Nlp.Entities.Training;

namespace SinoRussia.Nlp.Tests.Entities;

public class WordClusterTests
{
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] Numbers = ["three", "four", "five", "six", "seven", "eight", "nine"];
    private static readonly string[] Cities = ["Moscow", "Beijing", "Paris", "London", "Berlin", "Tokyo", "Delhi"];

    [Fact]
    public void Clusters_written_to_a_file_read_back_identically()
    {
        var clusters = new WordClusters([("Apple", "0110", 12), ("apple", "0111", 7), ("Москва", "10", 3), ("the", "0", 900)]);
        var path = TempPath(".txt");
        try
        {
            clusters.Write(path);
            var read = WordClusters.Read(path);

            read.GetEntries().Should().Equal(clusters.GetEntries());
            read.Count.Should().Be(4);
            read.MaxPathLength.Should().Be(4);
            File.ReadAllText(path).Should().StartWith("0\tthe\t900\n0110\tApple\t12\n");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Lookup_is_exact_and_case_sensitive()
    {
        var clusters = new WordClusters([("Apple", "0110", 12), ("apple", "0111", 7)]);

        clusters.TryGetPath("Apple".AsSpan(), out var upper).Should().BeTrue();
        clusters.TryGetPath("apple x".AsSpan(0, 5), out var lower).Should().BeTrue();
        clusters.TryGetPath("APPLE", out var missing).Should().BeFalse();

        upper.Should().Be("0110");
        lower.Should().Be("0111");
        missing.Should().BeEmpty();
        clusters.TryGetCount("apple", out var count).Should().BeTrue();
        count.Should().Be(7);
    }

    [Theory]
    [InlineData("0110\tApple\t12\n01x\tpear\t3\n", 2)]
    [InlineData("0110\tApple\t12\n\n0111\tpear\n", 3)]
    [InlineData("0110\tApple\tmany\n", 1)]
    [InlineData("0110\tApple\t12\n0111\tApple\t3\n", 2)]
    [InlineData("\tApple\t12\n", 1)]
    [InlineData("0\t\t12\n", 1)]
    public void A_malformed_line_is_reported_with_file_and_line(string content, int line)
    {
        var path = TempPath(".txt");
        File.WriteAllText(path, content);
        try
        {
            var act = () => WordClusters.Read(path);

            act.Should().Throw<TrainingDataException>().Where(e => e.File == path && e.Line == line).WithMessage($"*line {line}*");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_is_reported_by_name()
    {
        var path = TempPath(".txt");

        var act = () => WordClusters.Read(path);

        act.Should().Throw<TrainingDataException>().Where(e => e.File == path && e.Line == 0);
    }

    [Theory]
    [InlineData(WordClusterAlgorithm.Brown)]
    [InlineData(WordClusterAlgorithm.Distributional)]
    public void Building_twice_from_the_same_input_gives_byte_identical_files(WordClusterAlgorithm algorithm)
    {
        var options = new WordClusterOptions { Algorithm = algorithm, Clusters = 8, Dimensions = 8, ContextWords = 50, Seed = 7 };
        var first = TempPath(".txt");
        var second = TempPath(".txt");
        try
        {
            new WordClusterBuilder(options).Build(SyntheticCorpus()).Write(first);
            new WordClusterBuilder(options).Build(SyntheticCorpus()).Write(second);

            File.ReadAllBytes(second).Should().Equal(File.ReadAllBytes(first));
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    [Theory]
    [InlineData(WordClusterAlgorithm.Brown)]
    [InlineData(WordClusterAlgorithm.Distributional)]
    public void Words_used_in_the_same_contexts_share_a_longer_path_prefix_than_words_used_elsewhere(WordClusterAlgorithm algorithm)
    {
        var clusters = new WordClusterBuilder(new WordClusterOptions { Algorithm = algorithm, Clusters = 8, Dimensions = 8, ContextWords = 50 }).Build(SyntheticCorpus());

        var weekdayPaths = Weekdays.Select(w => PathOf(clusters, w)).ToList();
        var numberPaths = Numbers.Select(w => PathOf(clusters, w)).ToList();
        var withinWeekdays = MinSharedPrefix(weekdayPaths, weekdayPaths);
        var withinNumbers = MinSharedPrefix(numberPaths, numberPaths);
        var across = MaxSharedPrefix(weekdayPaths, numberPaths);

        withinWeekdays.Should().BeGreaterThan(across);
        withinNumbers.Should().BeGreaterThan(across);
        clusters.Count.Should().Be(clusters.GetEntries().Count);
    }

    [Theory]
    [InlineData(WordClusterAlgorithm.Brown)]
    [InlineData(WordClusterAlgorithm.Distributional)]
    public void Words_below_the_minimum_count_get_no_path(WordClusterAlgorithm algorithm)
    {
        var corpus = SyntheticCorpus().Append(["a", "hapax", "word"]).ToList();

        var clusters = new WordClusterBuilder(new WordClusterOptions { Algorithm = algorithm, MinCount = 2, Clusters = 4 }).Build(corpus);

        clusters.TryGetPath("hapax", out _).Should().BeFalse();
        clusters.TryGetPath("Monday", out _).Should().BeTrue();
    }

    [Fact]
    public void A_rare_word_joins_the_leaf_cluster_of_the_frequent_words_it_shares_contexts_with()
    {
        var corpus = SyntheticCorpus().Concat([["we", "met", "on", "Caturday", "morning", "."], ["see", "you", "next", "Caturday", "."]]).ToList();

        var options = new WordClusterOptions { Algorithm = WordClusterAlgorithm.Distributional, Clusters = 8, Dimensions = 8, ContextWords = 50, AnchorMinCount = 5 };

        var clusters = new WordClusterBuilder(options).Build(corpus);

        var weekdayPaths = Weekdays.Select(w => PathOf(clusters, w)).ToHashSet();
        weekdayPaths.Should().Contain(PathOf(clusters, "Caturday"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Input_without_any_word_often_enough_is_rejected_with_a_clear_message(int sentences)
    {
        var corpus = Enumerable.Repeat<IReadOnlyList<string>>(["only", "once"], sentences);

        var act = () => new WordClusterBuilder(new WordClusterOptions { MinCount = 2 }).Build(corpus);

        act.Should().Throw<ArgumentException>().WithMessage("*no word occurs at least 2 time(s)*");
    }

    [Theory]
    [InlineData(1, 2, 2, WordClusterAlgorithm.Brown)]
    [InlineData(8, 0, 2, WordClusterAlgorithm.Brown)]
    [InlineData(8, 2, 1, WordClusterAlgorithm.Distributional)]
    [InlineData(8, 2, 2, (WordClusterAlgorithm)7)]
    public void Out_of_range_options_are_rejected(int clusters, int minCount, int dimensions, WordClusterAlgorithm algorithm)
    {
        var act = () => new WordClusterBuilder(new WordClusterOptions { Clusters = clusters, MinCount = minCount, Dimensions = dimensions, Algorithm = algorithm });

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*WordClusterOptions.*");
    }

    [Fact]
    public void A_single_clustered_word_gets_a_one_bit_path()
    {
        var clusters = new WordClusterBuilder().Build([["Moscow"], ["Moscow"]]);

        PathOf(clusters, "Moscow").Should().Be("0");
    }

    [Fact]
    public void Invalid_entries_are_rejected_by_the_constructor()
    {
        var act = () => new WordClusters([("tab\tword", "01", 1)]);

        act.Should().Throw<ArgumentException>().WithMessage("*tab*");
    }

    private static IEnumerable<IReadOnlyList<string>> SyntheticCorpus()
    {
        var sentences = new List<IReadOnlyList<string>>();
        for (var repeat = 0; repeat < 6; repeat++)
        {
            for (var i = 0; i < Weekdays.Length; i++)
            {
                var weekday = Weekdays[(i + repeat) % Weekdays.Length];
                var number = Numbers[(i + (2 * repeat)) % Numbers.Length];
                var city = Cities[(i + (3 * repeat)) % Cities.Length];
                sentences.Add(["we", "met", "on", weekday, "morning", "."]);
                sentences.Add(["see", "you", "next", weekday, "."]);
                sentences.Add(["she", "bought", number, "apples", "and", number, "pears", "."]);
                sentences.Add(["about", number, "hundred", "people", "came", "."]);
                sentences.Add(["they", "flew", "to", city, "from", city, "."]);
                sentences.Add(["the", "mayor", "of", city, "spoke", "."]);
            }
        }

        return sentences;
    }

    private static string PathOf(WordClusters clusters, string word)
    {
        clusters.TryGetPath(word, out var path).Should().BeTrue($"'{word}' occurs often enough to be clustered");
        return path;
    }

    private static int SharedPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }

    private static int MinSharedPrefix(List<string> a, List<string> b) => a.SelectMany(x => b.Select(y => SharedPrefix(x, y))).Min();

    private static int MaxSharedPrefix(List<string> a, List<string> b) => a.SelectMany(x => b.Select(y => SharedPrefix(x, y))).Max();

    private static string TempPath(string extension) => Path.Combine(Path.GetTempPath(), $"clusters-{Guid.NewGuid():N}{extension}");
}
