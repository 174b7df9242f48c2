using SinoRussia.Nlp.Documents;

namespace SinoRussia.Nlp.Stance;

/// <summary>One labelled text for training or evaluating a stance model.</summary>
/// <param name="Text">The text (a paragraph, a sentence, an argument).</param>
/// <param name="Label">The gold stance label, such as <c>favor</c>.</param>
/// <param name="Target">The proposition the stance is about, or <see langword="null"/> when the data set has a single target.</param>
/// <param name="Group">The unit cross-validation keeps together (a source document, a topic), or <see langword="null"/> to treat the row as its own group.</param>
public sealed record StanceExample(string Text, string Label, string? Target = null, string? Group = null)
{
    /// <summary>Gets the entity mentions in <see cref="Text"/>, used when the trainer's entity features are on.</summary>
    /// <value>Defaults to <see langword="null"/> (no entities).</value>
    public IReadOnlyList<EntityAnnotation>? Entities { get; init; }

    /// <summary>Gets the 1-based line of the source file the example was read from, for error messages.</summary>
    /// <value>Defaults to 0 (not read from a file).</value>
    public int Line { get; init; }
}
