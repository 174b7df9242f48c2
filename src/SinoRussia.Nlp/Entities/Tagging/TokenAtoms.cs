namespace SinoRussia.Nlp.Entities.Tagging;

internal struct TokenAtoms
{
    public int Word;
    public int Lower;
    public int Shape;
    public int Prefix;
    public int Suffix;
    public int Suffix2;
    public int Suffix4;
    public int Gazetteer;
    public int LowerGazetteer;
    public int WordIndex;
    public ClusterAtoms Clusters;

    public static TokenAtoms Sentinel(int atom) => new()
    {
        Word = atom,
        Lower = atom,
        Shape = atom,
        Prefix = atom,
        Suffix = atom,
        Suffix2 = atom,
        Suffix4 = atom,
        Gazetteer = 0,
        LowerGazetteer = 0,
        WordIndex = -1,
        Clusters = ClusterAtoms.All(atom),
    };
}
