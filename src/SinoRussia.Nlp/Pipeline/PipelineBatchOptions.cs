namespace SinoRussia.Nlp.Pipeline;

/// <summary>How a batch of documents is processed.</summary>
public sealed class PipelineBatchOptions
{
    /// <summary>Gets or sets the most documents processed at once.</summary>
    /// <value>Defaults to <see cref="Environment.ProcessorCount"/>. Must be at least 1.</value>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Gets or sets the most documents read ahead of the one being returned, which bounds memory.</summary>
    /// <value>Defaults to 0, meaning four times <see cref="MaxDegreeOfParallelism"/>. Must be 0 or at least <see cref="MaxDegreeOfParallelism"/>.</value>
    public int MaxInFlight { get; set; }

    internal int EffectiveInFlight => MaxInFlight > 0 ? MaxInFlight : 4 * MaxDegreeOfParallelism;

    internal void Validate()
    {
        if (MaxDegreeOfParallelism < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "PipelineBatchOptions.MaxDegreeOfParallelism must be at least 1.");
        }

        if (MaxInFlight != 0 && MaxInFlight < MaxDegreeOfParallelism)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxInFlight), MaxInFlight, "PipelineBatchOptions.MaxInFlight must be 0 or at least MaxDegreeOfParallelism.");
        }
    }
}
