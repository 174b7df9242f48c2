namespace SinoRussia.Samples.Benchmarking;

/// <summary>One row of the <c>bench</c> table: a piece of work timed over a corpus text on one thread.</summary>
/// <remarks>New rows (entity recogniser, stance, whole pipeline) are added as new classes listed in <see cref="BenchCatalog"/>.</remarks>
internal interface IBenchCase
{
    /// <summary>Gets the row name written to the table and JSON, such as <c>tokenizer</c> or <c>baseline.whitespace-split</c>.</summary>
    string Name { get; }

    /// <summary>Gets a value indicating whether the row is a baseline that others are compared with.</summary>
    bool IsBaseline { get; }

    /// <summary>Prepares state for a corpus (outside the timed loop).</summary>
    void Prepare(BenchCorpus corpus);

    /// <summary>Processes the whole corpus once and returns the number of tokens produced.</summary>
    long RunOnce(BenchCorpus corpus);
}
