namespace SinoRussia.Nlp.Entities.Tagging;

/// <summary>The string ids of a word's cluster-path prefixes, coarse to fine (-1 where the word has no cluster).</summary>
[System.Runtime.CompilerServices.InlineArray(FeatureTemplate.ClusterCount)]
internal struct ClusterAtoms
{
    public static readonly int[] PrefixLengths = [4, 6, 10, 20];

    private int _element;

    public static ClusterAtoms None => All(-1);

    public static ClusterAtoms All(int atom)
    {
        var result = default(ClusterAtoms);
        ((Span<int>)result).Fill(atom);
        return result;
    }

    /// <summary>Adds (or finds) the prefixes of <paramref name="path"/> as strings of <paramref name="atoms"/>.</summary>
    public static ClusterAtoms Of(string? path, Lexicon atoms)
    {
        if (string.IsNullOrEmpty(path))
        {
            return None;
        }

        var result = default(ClusterAtoms);
        for (var k = 0; k < FeatureTemplate.ClusterCount; k++)
        {
            result[k] = atoms.GetOrAdd(path.AsSpan(0, Math.Min(PrefixLengths[k], path.Length)));
        }

        return result;
    }
}
