namespace SinoRussia.Nlp.Documents;

/// <summary>An entity to attach to a document with <see cref="Document.SetEntities"/>.</summary>
/// <param name="Start">UTF-16 offset of the first character; must be a token start.</param>
/// <param name="End">UTF-16 offset one past the last character; must be a token end.</param>
/// <param name="Label">The entity type, such as <c>PERSON</c> or <c>GPE</c> (see the annotation guide).</param>
/// <param name="Score">Confidence in <c>[0, 1]</c>.</param>
/// <param name="CanonicalId">Optional canonical name shared by all spellings of the same entity, such as <c>Eurasian Economic Union</c> for EEU and EAEU.</param>
public readonly record struct EntityAnnotation(int Start, int End, string Label, float Score = 1f, string? CanonicalId = null);
