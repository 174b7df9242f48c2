namespace SinoRussia.Nlp.Entities.Training;

/// <summary>Settings of <see cref="WordClusterBuilder"/>. Validated when the builder is created.</summary>
public sealed class WordClusterOptions
{
    /// <summary>Gets or sets the number of leaf clusters (distinct paths) to produce.</summary>
    /// <value>Default 512; at least 2.</value>
    public int Clusters { get; set; } = 512;

    /// <summary>Gets or sets how often a word must occur to receive a path.</summary>
    /// <value>Default 2; at least 1.</value>
    public int MinCount { get; set; } = 2;

    /// <summary>Gets or sets how often a word must occur to help build the cluster tree; rarer clustered words are
    /// attached afterwards to the nearest leaf cluster.</summary>
    /// <value>Default 5; at least 1.</value>
    public int AnchorMinCount { get; set; } = 5;

    /// <summary>Gets or sets the seed of the random projection and of the cluster initialisation (same input + options = identical output).</summary>
    /// <value>Default 1.</value>
    public int Seed { get; set; } = 1;

    /// <summary>Gets or sets how many of the most frequent words serve as context features (at each of the offsets -2, -1, +1 and +2).</summary>
    /// <value>Default 2000; at least 1.</value>
    public int ContextWords { get; set; } = 2000;

    /// <summary>Gets or sets the number of dimensions kept by the truncated SVD of the PPMI matrix.</summary>
    /// <value>Default 96; at least 2.</value>
    public int Dimensions { get; set; } = 96;

    /// <summary>Gets or sets the maximum path length; a cluster at this depth is not split further.</summary>
    /// <value>Default 24; between 1 and 64.</value>
    public int MaxDepth { get; set; } = 24;

    internal void Validate()
    {
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
