namespace SinoRussia.Nlp.Entities.Training;

/// <summary>Progress of one training epoch, reported through <see cref="EntityTrainerOptions.Progress"/>.</summary>
/// <param name="Epoch">The 1-based epoch just finished.</param>
/// <param name="Epochs">The maximum number of epochs.</param>
/// <param name="TokenAccuracy">The fraction of training tokens whose tag was right before the update in this epoch.</param>
/// <param name="DevF1">Exact-span micro-F1 on the development set, or <see langword="null"/> without one.</param>
/// <param name="IsBest">Whether this epoch's model is the best so far (the one kept).</param>
public sealed record EntityTrainingProgress(int Epoch, int Epochs, double TokenAccuracy, double? DevF1, bool IsBest);
