namespace SinoRussia.Samples.Benchmarking;

/// <summary>Tokens/s with <see cref="ToThreads"/> workers over tokens/s with <see cref="FromThreads"/>, at corpus size <see cref="Size"/>.</summary>
internal sealed record ScaleSpeedUp(int FromThreads, int ToThreads, int Size, double Value);
