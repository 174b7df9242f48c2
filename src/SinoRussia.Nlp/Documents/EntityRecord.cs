namespace SinoRussia.Nlp.Documents;

internal readonly record struct EntityRecord(int Start, int End, int FirstToken, int EndToken, string Label, float Score, string? CanonicalId);
