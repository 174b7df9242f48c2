namespace SinoRussia.Nlp.Stance;

/// <summary>A progress report from <see cref="StanceTrainer"/>.</summary>
/// <param name="Step">The 1-based step that has just started.</param>
/// <param name="Steps">The number of steps in the run (one per cross-validation fold plus the final model).</param>
/// <param name="Message">What is happening, for example "fold 2/5: training on 1,204 rows".</param>
public sealed record StanceTrainingProgress(int Step, int Steps, string Message);
