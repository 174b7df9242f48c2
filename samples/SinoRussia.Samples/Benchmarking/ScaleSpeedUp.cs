namespace SinoRussia.Samples.Benchmarking;

/// <summary>
/// Tokens/s with <see cref="ToThreads"/> workers over tokens/s with <see cref="FromThreads"/>, at corpus size <see cref="Size"/>;
/// <see cref="CpuEfficiency"/> is the same ratio of tokens per processor-second (1 = no overhead from running in parallel).
/// </summary>
internal sealed record ScaleSpeedUp(int FromThreads, int ToThreads, int Size, double Value, double CpuEfficiency);
