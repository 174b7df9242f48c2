namespace SinoRussia.Samples.Benchmarking;

/// <summary>The rows of the <c>bench</c> command, in table order. Add a row by adding a class and a line here.</summary>
internal static class BenchCatalog
{
    public static IReadOnlyList<Func<IBenchCase>> All { get; } =
    [
        () => new TokenizerBenchCase(),
        () => new TokenizerDocumentBenchCase(),
        () => new SegmentationBenchCase(),
        () => new Entities.EntityPipelineBenchCase(),
        () => new WhitespaceSplitBenchCase(),
        () => new MlNetTokenizeIntoWordsBenchCase(),
    ];
}
