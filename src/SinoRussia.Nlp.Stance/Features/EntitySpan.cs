namespace SinoRussia.Nlp.Stance;

/// <summary>An entity mention relative to the start of the text being featurised.</summary>
internal readonly record struct EntitySpan(int Start, int End, string Label, string? CanonicalId);
