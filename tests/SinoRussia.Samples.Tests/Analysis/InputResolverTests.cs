using SinoRussia.Samples.Analysis;
using SinoRussia.Samples.Tests.TestSupport;

namespace SinoRussia.Samples.Tests.Analysis;

public class InputResolverTests
{
    [Fact]
    public void A_folder_gives_every_txt_file_below_it_in_ordinal_order_named_relative_to_the_folder()
    {
        using var temp = new TempFolder();
        temp.File("corpus/b.txt", "b");
        temp.File("corpus/a.txt", "a");
        temp.File("corpus/sub/c.TXT", "c");
        temp.File("corpus/notes.md", "skip");

        var items = InputResolver.Resolve([temp.Combine("corpus")]);

        items.Select(i => i.Source).Should().Equal("a.txt", "b.txt", "sub/c.TXT");
        items.Should().OnlyContain(i => i.Error == null && i.Path != null);
    }

    [Fact]
    public void A_folder_without_txt_files_and_a_missing_path_become_failed_inputs_naming_them_in_argument_order()
    {
        using var temp = new TempFolder();
        var empty = temp.Folder("empty");
        var missing = temp.Combine("missing.txt");
        var good = temp.File("good.txt", "text");

        var items = InputResolver.Resolve([empty, missing, good]);

        items.Should().HaveCount(3);
        items[0].Error.Should().Be($"{empty}: the folder contains no .txt files.");
        items[1].Error.Should().Be($"{missing}: no such file or folder.");
        items[2].Should().Be(InputItem.File(good, good));
    }

    [Fact]
    public void Globs_match_single_segments_and_double_star_matches_any_depth()
    {
        using var temp = new TempFolder();
        temp.File("c/x1.txt", "1");
        temp.File("c/x2.log", "2");
        temp.File("c/deep/er/x3.txt", "3");

        InputResolver.Resolve([temp.Combine("c/*.txt")]).Select(i => Path.GetFileName(i.Path)).Should().Equal("x1.txt");
        InputResolver.Resolve([temp.Combine("c/**/*.txt")]).Select(i => Path.GetFileName(i.Path)).Should().Equal("x3.txt", "x1.txt");
        InputResolver.Resolve([temp.Combine("c/x?.*")]).Select(i => Path.GetFileName(i.Path)).Should().Equal("x1.txt", "x2.log");
    }

    [Fact]
    public void A_glob_that_matches_nothing_is_a_failed_input()
    {
        using var temp = new TempFolder();
        var pattern = temp.Combine("*.txt");

        InputResolver.Resolve([pattern]).Should().ContainSingle().Which.Error.Should().Be($"{pattern}: no files match.");
    }

    [Fact]
    public void A_dash_is_standard_input() =>
        InputResolver.Resolve(["-"]).Should().ContainSingle().Which.IsStandardInput.Should().BeTrue();
}
