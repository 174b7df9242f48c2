namespace SinoRussia.Nlp.Entities.Training;

/// <summary>How <see cref="WordClusterBuilder"/> forms its clusters.</summary>
public enum WordClusterAlgorithm
{
    /// <summary>Exact Brown clustering (class-bigram mutual information, a window of
    /// <see cref="WordClusterOptions.Clusters"/> active clusters); cost grows with the vocabulary times the square of
    /// the number of clusters (about two minutes for 23,000 words and 256 clusters on one core).</summary>
    Brown,

    /// <summary>PPMI context vectors, truncated SVD and recursive spherical bisection; seconds instead of minutes.</summary>
    Distributional,
}
