namespace SinoRussia.Nlp.Stance.Tests;

public class StanceDataLoaderTests
{
    [Fact]
    public void Csv_fields_may_hold_commas_doubled_quotes_and_newlines()
    {
        var path = TestData.TempFile("data.csv", "text,label,group\n\"Close, durable ties\",favor,a\n\"He said \"\"no alliance\"\"\nat all\",against,b\nplain text,none,c\n");

        var data = StanceDataLoader.Load(path);

        data.Examples.Select(e => e.Text).Should().Equal("Close, durable ties", "He said \"no alliance\"\nat all", "plain text");
        data.Examples.Select(e => e.Line).Should().Equal(2, 3, 5);
        data.Examples[1].Group.Should().Be("b");
    }

    [Fact]
    public void Tsv_is_read_without_quoting_so_a_leading_quote_stays_in_the_text()
    {
        var path = TestData.TempFile("data.tsv", "target\ttext\tlabel\tsplit\nWe should ban X\t\"Banning X\" helps\tfavor\ttrain\nWe should ban X\tX is useful\tagainst\ttest\nWe should ban Y\tY harms\tfavor\ttrain\nWe should ban Y\tY is fine\tagainst\ttrain\n");

        var all = StanceDataLoader.Load(path);
        var train = StanceDataLoader.Load(path, new StanceDataLoaderOptions { Split = "train" });

        all.Examples.Should().HaveCount(4);
        all.Examples[0].Text.Should().Be("\"Banning X\" helps");
        all.Examples[0].Target.Should().Be("We should ban X");
        train.Examples.Should().HaveCount(3).And.OnlyContain(e => e.Text != "X is useful");
    }

    [Fact]
    public void Jsonl_rows_are_objects_with_configurable_column_names()
    {
        var path = TestData.TempFile("data.jsonl", "{\"body\": \"ties deepen\", \"stance\": \"favor\", \"doc\": \"d1\"}\n\n{\"body\": \"ties are thin\", \"stance\": \"against\", \"doc\": \"d2\"}\n");

        var data = StanceDataLoader.Load(path, new StanceDataLoaderOptions { TextColumn = "body", LabelColumn = "stance", GroupColumn = "doc" });

        data.Examples.Select(e => (e.Text, e.Label, e.Group, e.Line)).Should().Equal(("ties deepen", "favor", "d1", 1), ("ties are thin", "against", "d2", 3));
    }

    [Theory]
    [InlineData("data.csv", "txt,label\na,favor\nb,against\n", ":1:1: there is no column 'text'")]
    [InlineData("data.csv", "Text,label\na,favor\nb,against\n", "did you mean 'Text'?")]
    [InlineData("data.tsv", "text\tlabel\na\tfavor\nb\t \n", ":3:2: the label (column 'label') is empty")]
    [InlineData("data.tsv", "text\tlabel\na\tfavor\n \tagainst\n", ":3:1: the text (column 'text') is empty")]
    [InlineData("data.tsv", "text\tlabel\na\tfavor\nb\tfavor\n", ":2:2: every one of the 2 rows has the label 'favor'")]
    [InlineData("data.tsv", "text\tlabel\na\tfavor\tx\nb\tagainst\n", ":2:3: the row has 3 fields but the header has 2")]
    [InlineData("data.csv", "text,label\n\"a,favor\nb,against\n", ":2:1: a quoted field is never closed")]
    [InlineData("data.csv", "text,label\n\"a\"x,favor\n", ":2:1: unexpected character 'x' after a closing quote")]
    [InlineData("data.jsonl", "{\"text\": \"a\", \"label\": \"favor\"}\n{\"text\": \"b\"}\n", ":2:1: there is no column 'label'")]
    [InlineData("data.jsonl", "{\"text\": \"a\", \"label\": \"favor\"}\n{\"text\": \"b\", \"label\": }\n", "data.jsonl:2:")]
    [InlineData("data.jsonl", "{\"text\": \"a\", \"label\": \"\"}\n", ":1:15: the label (column 'label') is empty")]
    public void Bad_input_is_reported_with_file_line_and_column(string name, string content, string expected)
    {
        var path = TestData.TempFile(name, content);

        var act = () => StanceDataLoader.Load(path);

        act.Should().Throw<StanceDataException>().Which.Message.Should().StartWith(path).And.Contain(expected);
    }

    [Fact]
    public void A_split_with_no_rows_names_the_splits_present()
    {
        var path = TestData.TempFile("data.tsv", "text\tlabel\tsplit\na\tfavor\ttrain\nb\tagainst\ttrain\n");

        var act = () => StanceDataLoader.Load(path, new StanceDataLoaderOptions { Split = "dev" });

        act.Should().Throw<StanceDataException>().WithMessage("*no rows have split 'dev'*[train]*");
    }

    [Fact]
    public void A_split_filter_without_a_split_column_is_reported()
    {
        var path = TestData.TempFile("data.tsv", "text\tlabel\na\tfavor\nb\tagainst\n");

        var act = () => StanceDataLoader.Load(path, new StanceDataLoaderOptions { Split = "train" });

        act.Should().Throw<StanceDataException>().WithMessage("*:1:1: there is no column 'split'*");
    }

    [Fact]
    public void A_file_that_is_not_UTF8_is_reported_at_the_offending_byte()
    {
        var path = TestData.TempPath("latin1.tsv");
        File.WriteAllBytes(path, [.. "text\tlabel\nok\tfavor\ncaf"u8.ToArray(), 0xE9, .. "\tagainst\n"u8.ToArray()]);

        var act = () => StanceDataLoader.Load(path);

        act.Should().Throw<StanceDataException>().Which.Message.Should().Be($"{path}:3:4: the file is not valid UTF-8 (byte 0xE9 at byte offset 23); save it as UTF-8.");
    }

    [Fact]
    public void An_unknown_label_at_evaluation_is_reported_with_line_and_column()
    {
        var path = TestData.TempFile("eval.csv", "text,label\na,favor\nb,maybe\n");
        var data = StanceDataLoader.Load(path, new StanceDataLoaderOptions { MinimumLabels = 1 });

        var act = () => data.EnsureLabelsIn(["favor", "against", "none"]);

        act.Should().Throw<StanceDataException>().Which.Message.Should().StartWith($"{path}:3:2: unknown label 'maybe'");
    }

    [Fact]
    public void A_missing_file_and_an_unknown_extension_are_reported()
    {
        var missing = () => StanceDataLoader.Load(Path.Combine(Path.GetTempPath(), "no-such-stance-file.csv"));
        var unknown = () => StanceDataLoader.Load(TestData.TempFile("data.xlsx", "text,label\n"));

        missing.Should().Throw<StanceDataException>().WithMessage("*does not exist*");
        unknown.Should().Throw<StanceDataException>().WithMessage("*extension '.xlsx'*");
    }

    [Fact]
    public void A_byte_order_mark_is_skipped()
    {
        var path = TestData.TempPath("bom.csv");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "text,label\na,favor\nb,against\n"u8.ToArray()]);

        StanceDataLoader.Load(path).Examples.Should().HaveCount(2);
    }
}
