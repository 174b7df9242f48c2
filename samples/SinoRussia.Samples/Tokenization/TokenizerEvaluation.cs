using SinoRussia.Nlp.Corpora;
using SinoRussia.Nlp.Documents;
using SinoRussia.Nlp.Segmentation;
using SinoRussia.Nlp.Tokenization;

namespace SinoRussia.Samples.Tokenization;

/// <summary>Runs the tokeniser and splitters over a rebuilt CoNLL-U text and scores them.</summary>
internal static class TokenizerEvaluation
{
    public static TokenizerEvaluationResult Evaluate(ConlluRawText gold)
    {
        var surface = new Tokenizer(SurfaceOptions()).Tokenize(gold.Text);
        var document = new Tokenizer(WordOptions()).Tokenize(gold.Text);
        new ParagraphSplitter().Process(document);
        new SentenceSplitter().Process(document);
        var tokens = Spans(surface);
        var words = Spans(document);
        var sentences = document.Sentences.Select(s => new CharacterSpan(s.Start, s.End)).ToArray();
        return new TokenizerEvaluationResult(
            SpanScore.Compute(tokens, gold.Tokens),
            SpanScore.Compute(words, gold.Words),
            SpanScore.Compute(sentences, gold.Sentences),
            tokens,
            sentences);
    }

    // UD treebanks write footnote markers as three tokens and count a contraction as one surface token.
    public static TokenizerOptions SurfaceOptions() => new() { SplitContractions = false, KeepFootnoteMarkers = false };

    public static TokenizerOptions WordOptions() => new() { KeepFootnoteMarkers = false };

    private static CharacterSpan[] Spans(Document document)
    {
        var spans = new CharacterSpan[document.Tokens.Count];
        var i = 0;
        foreach (var token in document.Tokens)
        {
            spans[i++] = new CharacterSpan(token.Start, token.End);
        }

        return spans;
    }
}
