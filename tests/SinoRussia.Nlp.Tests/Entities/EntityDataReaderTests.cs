using SinoRussia.Nlp.Entities.Training;

namespace SinoRussia.Nlp.Tests.Entities;

public class EntityDataReaderTests
{
    [Theory]
    [InlineData(".jsonl", "{\"tokens\": [\"A\"], \"entities\": []}\n{\"tokens\": [\"B\"], \"entities\": [\n", 2)]
    [InlineData(".jsonl", "{\"tokens\": [\"A\"], \"entities\": []}\n\n{\"text\": \"Moscow talks\", \"entities\": [{\"start\": 0, \"end\": 3, \"label\": \"GPE\"}]}\n", 3)]
    [InlineData(".jsonl", "{\"tokens\": [\"A\"], \"entities\": []}\n{\"entities\": []}\n", 2)]
    [InlineData(".jsonl", "{\"tokens\": [\"A\", \"B\"], \"entities\": [{\"token_start\": 1, \"token_end\": 5, \"label\": \"ORG\"}]}\n", 1)]
    [InlineData(".iob2", "Moscow B-LOC\nis O\n\nthe X-ORG\n", 4)]
    [InlineData(".conllu", "1\tMoscow\tMoscow\tPROPN\t_\t_\t0\troot\t_\t_\n2\tbad line\n", 2)]
    public void A_malformed_line_is_reported_with_file_and_line(string extension, string content, int line)
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content);
        try
        {
            var act = () => EntityDataReader.Read(path);
            act.Should().Throw<TrainingDataException>().Where(e => e.Line == line && e.File == path).WithMessage($"*line {line}*");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Lines_without_tokens_are_tokenised_by_the_library_tokenizer()
    {
        var path = Path.Combine(Path.GetTempPath(), $"raw-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, "{\"text\": \"China\u2019s ties with Russia deepened.\", \"tokens\": null, \"entities\": [{\"start\": 0, \"end\": 5, \"label\": \"GPE\"}, {\"start\": 18, \"end\": 24, \"label\": \"GPE\"}]}\n");
        try
        {
            var sentence = EntityDataReader.Read(path).Should().ContainSingle().Subject;
            sentence.Tokens.Should().Equal("China", "\u2019s", "ties", "with", "Russia", "deepened", ".");
            sentence.Entities.Should().Equal(new AnnotatedSpan(0, 1, "GPE"), new AnnotatedSpan(4, 5, "GPE"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Iob1_and_iob2_tags_decode_to_the_same_spans()
    {
        var iob1 = EntityDataReader.DecodeTags(["I-PER", "I-PER", "O", "I-LOC", "B-LOC"], "x", 1);
        var iob2 = EntityDataReader.DecodeTags(["B-PER", "I-PER", "O", "B-LOC", "B-LOC"], "x", 1);
        iob1.Should().Equal(iob2);
        iob2.Should().Equal(new AnnotatedSpan(0, 2, "PER"), new AnnotatedSpan(3, 4, "LOC"), new AnnotatedSpan(4, 5, "LOC"));
    }

    [Fact]
    public void Gum_style_named_mentions_use_their_name_span_and_skip_unnamed_ones()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gum-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, "{\"tokens\": [\"the\", \"city\", \"of\", \"Kazan\"], \"token_spans\": [[0,3],[4,8],[9,11],[12,17]], \"entities\": [{\"start\": 0, \"end\": 17, \"label\": \"place\", \"token_start\": 0, \"token_end\": 4, \"named\": true, \"name_span\": {\"start\": 12, \"end\": 17}}, {\"start\": 0, \"end\": 8, \"label\": \"place\", \"token_start\": 0, \"token_end\": 2, \"named\": false}]}\n");
        try
        {
            EntityDataReader.Read(path).Single().Entities.Should().Equal(new AnnotatedSpan(3, 4, "place"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
