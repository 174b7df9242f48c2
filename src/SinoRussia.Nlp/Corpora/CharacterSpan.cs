namespace SinoRussia.Nlp.Corpora;

/// <summary>A half-open range of UTF-16 offsets, <c>[Start, End)</c>, into a text.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
public readonly record struct CharacterSpan(int Start, int End)
{
    /// <summary>Gets the number of characters in the span.</summary>
    public int Length => End - Start;
}
