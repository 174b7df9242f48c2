using SinoRussia.Nlp.Corpora;
using SinoRussia.Nlp.Segmentation;
using SinoRussia.Nlp.Tokenization;

namespace SinoRussia.Nlp.Tests.Corpora;

public class SpanScoreTests
{
    [Fact]
    public void Counts_exact_span_matches()
    {
        CharacterSpan[] predicted = [new(0, 3), new(4, 6), new(7, 9)];
        CharacterSpan[] gold = [new(0, 3), new(4, 5), new(5, 6), new(7, 9)];
        var score = SpanScore.Compute(predicted, gold);
        score.Matched.Should().Be(2);
        score.Precision.Should().BeApproximately(2.0 / 3, 1e-12);
        score.Recall.Should().BeApproximately(0.5, 1e-12);
        score.F1.Should().BeApproximately(2 * (2.0 / 3) * 0.5 / ((2.0 / 3) + 0.5), 1e-12);
    }

    [Fact]
    public void Scores_zero_when_nothing_matches()
    {
        SpanScore.Compute([new CharacterSpan(0, 1)], [new CharacterSpan(1, 2)]).F1.Should().Be(0);
    }

    [Fact]
    public void Scores_the_tokeniser_perfectly_on_the_fixture_in_ud_surface_mode()
    {
        var raw = ConlluRawText.FromFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Corpora", "sample.conllu"));
        var surface = new Tokenizer(new TokenizerOptions { SplitContractions = false }).Tokenize(raw.Text);
        var words = new Tokenizer().Tokenize(raw.Text);
        new SentenceSplitter().Process(words);
        var tokenSpans = surface.Tokens.Select(t => new CharacterSpan(t.Start, t.End)).ToArray();
        var wordSpans = words.Tokens.Select(t => new CharacterSpan(t.Start, t.End)).ToArray();
        var sentenceSpans = words.Sentences.Select(s => new CharacterSpan(s.Start, s.End)).ToArray();
        SpanScore.Compute(tokenSpans, raw.Tokens).F1.Should().Be(1);
        SpanScore.Compute(wordSpans, raw.Words).F1.Should().Be(1);
        SpanScore.Compute(sentenceSpans, raw.Sentences).F1.Should().Be(1);
    }
}
