namespace SinoRussia.Samples.Benchmarking;

/// <summary>A text to benchmark on: the whole text and its documents (paragraph blocks or files).</summary>
internal sealed record BenchCorpus(string Name, string Text, IReadOnlyList<string> Documents);
