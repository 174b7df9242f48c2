namespace SinoRussia.Nlp.Entities;

internal enum CandidateSource : byte
{
    Model = 0,
    Numeric = 1,
    NameRule = 2,
    Ruler = 3,
}

internal readonly record struct EntityCandidate(int TokenStart, int TokenEnd, string Label, float Score, string? CanonicalId, CandidateSource Source)
{
    public int Length => TokenEnd - TokenStart;

    public bool Overlaps(in EntityCandidate other) => TokenStart < other.TokenEnd && other.TokenStart < TokenEnd;
}
