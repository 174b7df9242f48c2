namespace SinoRussia.Nlp.Stance;

/// <summary>What <see cref="StanceTrainer.Train"/> returns: the model trained on all rows, and its cross-validated metrics.</summary>
public sealed class StanceTrainingResult
{
    internal StanceTrainingResult(StanceModel model, StanceMetrics? crossValidation)
    {
        Model = model;
        CrossValidation = crossValidation;
    }

    /// <summary>Gets the model trained on every row.</summary>
    public StanceModel Model { get; }

    /// <summary>Gets the metrics of grouped k-fold cross-validation, or <see langword="null"/> when it was off.</summary>
    public StanceMetrics? CrossValidation { get; }
}
