namespace SinoRussia.Samples.Benchmarking;

/// <summary>How peak memory and time grow from one corpus size to a larger one at a fixed thread count.</summary>
internal sealed record ScaleGrowth(int Threads, int FromSize, int ToSize, double PeakMemoryRatio, double TimeRatio, double InputRatio);
