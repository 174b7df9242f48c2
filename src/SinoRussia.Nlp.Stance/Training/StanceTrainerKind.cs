namespace SinoRussia.Nlp.Stance;

/// <summary>The ML.NET learner behind a stance model.</summary>
public enum StanceTrainerKind
{
    /// <summary>Multinomial logistic regression trained by stochastic dual coordinate ascent (ML.NET <c>SdcaMaximumEntropy</c>). Fast on sparse n-grams; the default.</summary>
    SdcaMaximumEntropy = 0,

    /// <summary>Multinomial logistic regression trained by L-BFGS (ML.NET <c>LbfgsMaximumEntropy</c>).</summary>
    LbfgsMaximumEntropy,

    /// <summary>Gradient-boosted trees (ML.NET <c>LightGbm</c>). Slower to predict and gives no per-phrase evidence.</summary>
    LightGbm,
}
