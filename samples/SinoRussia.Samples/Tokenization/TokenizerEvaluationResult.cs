using SinoRussia.Nlp.Corpora;

namespace SinoRussia.Samples.Tokenization;

/// <summary>Scores of one evaluation and the predicted spans behind them.</summary>
internal sealed record TokenizerEvaluationResult(
    SpanScore Tokens,
    SpanScore Words,
    SpanScore Sentences,
    IReadOnlyList<CharacterSpan> PredictedTokens,
    IReadOnlyList<CharacterSpan> PredictedSentences);
