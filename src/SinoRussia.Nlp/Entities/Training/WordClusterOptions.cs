namespace SinoRussia.Nlp.Entities.Training;

/// <summary>Settings of <see cref="WordClusterBuilder"/>. Validated when the builder is created.</summary>
public sealed class WordClusterOptions
{
    /// <summary>Gets or sets the clustering algorithm.</summary>
    /// <value>Default <see cref="WordClusterAlgorithm.Distributional"/> (seconds; as good as Brown clustering as a tagger
    /// feature in the measurements of <c>models/ner/word-clusters.md</c>).</value>
    public WordClusterAlgorithm Algorithm { get; set; } = WordClusterAlgorithm.Distributional;

    /// <summary>Gets or sets the number of leaf clusters (distinct paths) to produce; for Brown clustering also the
    /// number of active clusters, so the cost grows with its square.</summary>
    /// <value>Default 256; at least 2.</value>
    public int Clusters { get; set; } = 256;

    /// <summary>Gets or sets how often a word must occur to receive a path.</summary>
    /// <value>Default 2; at least 1.</value>
    public int MinCount { get; set; } = 2;

    /// <summary>Gets or sets how often a word must occur to help build the cluster tree; rarer clustered words are
    /// attached afterwards to the nearest leaf cluster (distributional algorithm only).</summary>
    /// <value>Default 5; at least 1.</value>
    public int AnchorMinCount { get; set; } = 5;

    /// <summary>Gets or sets the seed of the random projection and of the cluster initialisation (distributional
    /// algorithm; Brown clustering uses no randomness). Same input + options = identical output.</summary>
    /// <value>Default 1.</value>
    public int Seed { get; set; } = 1;

    /// <summary>Gets or sets how many of the most frequent words serve as context features (at each of the offsets
    /// -2, -1, +1 and +2; distributional algorithm only).</summary>
    /// <value>Default 2000; at least 1.</value>
    public int ContextWords { get; set; } = 2000;

    /// <summary>Gets or sets the number of dimensions kept by the truncated SVD of the PPMI matrix (distributional algorithm only).</summary>
    /// <value>Default 96; at least 2.</value>
    public int Dimensions { get; set; } = 96;

    /// <summary>Gets or sets the maximum path length of the distributional algorithm; a cluster at this depth is not
    /// split further (Brown paths are as long as the merge tree is deep).</summary>
    /// <value>Default 24; between 1 and 64.</value>
    public int MaxDepth { get; set; } = 24;

    internal void Validate()
    {
        Check(Enum.IsDefined(Algorithm), nameof(Algorithm), "a defined WordClusterAlgorithm value");
        Check(Clusters >= 2, nameof(Clusters), "at least 2");
        Check(MinCount >= 1, nameof(MinCount), "at least 1");
        Check(AnchorMinCount >= 1, nameof(AnchorMinCount), "at least 1");
        Check(ContextWords >= 1, nameof(ContextWords), "at least 1");
        Check(Dimensions >= 2, nameof(Dimensions), "at least 2");
        Check(MaxDepth is >= 1 and <= 64, nameof(MaxDepth), "between 1 and 64");
    }

    private static void Check(bool ok, string name, string rule)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, $"WordClusterOptions.{name} must be {rule}.");
        }
    }
}
