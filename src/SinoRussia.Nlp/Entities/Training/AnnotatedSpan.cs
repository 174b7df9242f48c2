namespace SinoRussia.Nlp.Entities.Training;

/// <summary>A labelled entity in an <see cref="AnnotatedSentence"/>, as a half-open range of token indices.</summary>
/// <param name="TokenStart">Index of the first token.</param>
/// <param name="TokenEnd">Index one past the last token.</param>
/// <param name="Label">The entity label as written in the data (mapped later by the label map).</param>
public readonly record struct AnnotatedSpan(int TokenStart, int TokenEnd, string Label);
