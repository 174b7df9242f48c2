namespace SinoRussia.Samples.Reports;

/// <summary>Two entity names (ordinal order) that occur in the same sentence, with the number of such sentences and documents.</summary>
internal sealed record EntityPair(string First, string Second, int Sentences, int Documents);
