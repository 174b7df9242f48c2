namespace SinoRussia.Nlp.Entities.Tagging;

internal readonly record struct TaggedSpan(int TokenStart, int TokenEnd, int Label, float Score);
