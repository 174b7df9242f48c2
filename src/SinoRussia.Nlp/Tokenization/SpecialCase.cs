using SinoRussia.Nlp.Documents;

namespace SinoRussia.Nlp.Tokenization;

internal sealed record SpecialCase(string Text, int[] PieceLengths, TokenKind[] Kinds);
