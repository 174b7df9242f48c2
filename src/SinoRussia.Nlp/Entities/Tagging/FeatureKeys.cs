using System.Numerics;

namespace SinoRussia.Nlp.Entities.Tagging;

internal static class FeatureKeys
{
    // 33 fixed keys plus, for three tokens, 4 position bits of each of at most 7 gazetteers twice (exact and
    // title-case form): 33 + 3 * 2 * 28 = 201.
    public const int MaxPerToken = 208;

    public static int AppendRole(int role, in TokenAtoms a, Span<long> keys, int n)
    {
        switch (role)
        {
            case FeatureTemplate.RoleSelf:
                n = Add(keys, n, FeatureTemplate.Word, a.Word);
                n = Add(keys, n, FeatureTemplate.Lower, a.Lower);
                n = Add(keys, n, FeatureTemplate.Shape, a.Shape);
                n = Add(keys, n, FeatureTemplate.Prefix, a.Prefix);
                n = Add(keys, n, FeatureTemplate.Suffix, a.Suffix);
                n = Add(keys, n, FeatureTemplate.Suffix2, a.Suffix2);
                n = Add(keys, n, FeatureTemplate.Suffix4, a.Suffix4);
                n = AddBits(keys, n, FeatureTemplate.Gazetteer, a.Gazetteer & ~FeatureTemplate.CommonBit);
                n = Add(keys, n, FeatureTemplate.CommonShape, a.Shape, (a.Gazetteer & FeatureTemplate.CommonBit) != 0 ? 1 : 0);
                n = AddBits(keys, n, FeatureTemplate.LowerGazetteer, a.LowerGazetteer);
                for (var k = 0; k < FeatureTemplate.ClusterCount; k++)
                {
                    n = Add(keys, n, FeatureTemplate.Cluster0 + k, a.Clusters[k]);
                }
                break;
            case FeatureTemplate.RolePrev:
                n = AppendNeighbour(a, keys, n, FeatureTemplate.PrevLower, FeatureTemplate.PrevWord, FeatureTemplate.PrevShape,
                    FeatureTemplate.PrevGazetteer, FeatureTemplate.PrevLowerGazetteer, FeatureTemplate.PrevCluster0);
                break;
            case FeatureTemplate.RoleNext:
                n = AppendNeighbour(a, keys, n, FeatureTemplate.NextLower, FeatureTemplate.NextWord, FeatureTemplate.NextShape,
                    FeatureTemplate.NextGazetteer, FeatureTemplate.NextLowerGazetteer, FeatureTemplate.NextCluster0);
                break;
            case FeatureTemplate.RolePrev2:
                n = Add(keys, n, FeatureTemplate.Prev2Lower, a.Lower);
                n = Add(keys, n, FeatureTemplate.Prev2Shape, a.Shape);
                break;
            default:
                n = Add(keys, n, FeatureTemplate.Next2Lower, a.Lower);
                n = Add(keys, n, FeatureTemplate.Next2Shape, a.Shape);
                break;
        }

        return n;
    }

    public static int AppendPairs(in TokenAtoms p, in TokenAtoms c, in TokenAtoms x, bool first, int sentenceCase, Span<long> keys, int n)
    {
        n = Add(keys, n, FeatureTemplate.SentenceCaseShape, sentenceCase, c.Shape);
        n = Add(keys, n, FeatureTemplate.PrevShapeShape, p.Shape, c.Shape);
        n = Add(keys, n, FeatureTemplate.ShapeNextShape, c.Shape, x.Shape);
        n = Add(keys, n, FeatureTemplate.PrevLowerLower, p.Lower, c.Lower);
        n = Add(keys, n, FeatureTemplate.LowerNextLower, c.Lower, x.Lower);
        if (first)
        {
            n = Add(keys, n, FeatureTemplate.FirstShape, c.Shape);
        }

        return n;
    }

    // The immediate neighbours share one set of features under their own template ids; the clusters use the
    // 6-bit and the full-path prefixes only.
    private static int AppendNeighbour(in TokenAtoms a, Span<long> keys, int n, int lower, int word, int shape, int gazetteer, int lowerGazetteer, int cluster0)
    {
        n = Add(keys, n, lower, a.Lower);
        n = Add(keys, n, word, a.Word);
        n = Add(keys, n, shape, a.Shape);
        n = AddBits(keys, n, gazetteer, a.Gazetteer & ~FeatureTemplate.CommonBit);
        n = AddBits(keys, n, lowerGazetteer, a.LowerGazetteer);
        n = Add(keys, n, cluster0, a.Clusters[1]);
        n = Add(keys, n, cluster0 + 1, a.Clusters[3]);
        return n;
    }

    public static int RoleOffset(int role) => role switch
    {
        FeatureTemplate.RoleSelf => 0,
        FeatureTemplate.RolePrev => -1,
        FeatureTemplate.RoleNext => 1,
        FeatureTemplate.RolePrev2 => -2,
        _ => 2,
    };

    private static int Add(Span<long> keys, int n, int template, int a)
    {
        if (a >= 0)
        {
            keys[n++] = FeatureTemplate.Key(template, a);
        }

        return n;
    }

    private static int Add(Span<long> keys, int n, int template, int a, int b)
    {
        if (a >= 0 && b >= 0)
        {
            keys[n++] = FeatureTemplate.Key(template, a, b);
        }

        return n;
    }

    private static int AddBits(Span<long> keys, int n, int template, int bits)
    {
        var remaining = (uint)bits;
        while (remaining != 0)
        {
            var bit = BitOperations.TrailingZeroCount(remaining);
            keys[n++] = FeatureTemplate.Key(template, bit);
            remaining &= remaining - 1;
        }

        return n;
    }
}
