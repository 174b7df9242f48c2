namespace SinoRussia.Nlp.Documents;

/// <summary>A half-open range of token indices, <c>[Start, End)</c>, used to add sentences and paragraphs.</summary>
/// <param name="Start">Index of the first token.</param>
/// <param name="End">Index one past the last token.</param>
public readonly record struct TokenRange(int Start, int End)
{
    /// <summary>Gets the number of tokens in the range.</summary>
    public int Length => End - Start;
}
