namespace SinoRussia.Nlp.Stance;

/// <summary>Settings for <see cref="StanceDataLoader"/>: column names, split filter and format.</summary>
public sealed class StanceDataLoaderOptions
{
    /// <summary>Gets or sets the column holding the text.</summary>
    /// <value>Defaults to <c>text</c>.</value>
    public string TextColumn { get; set; } = "text";

    /// <summary>Gets or sets the column holding the gold label.</summary>
    /// <value>Defaults to <c>label</c>.</value>
    public string LabelColumn { get; set; } = "label";

    /// <summary>Gets or sets the optional column holding the target; ignored when absent.</summary>
    /// <value>Defaults to <c>target</c>.</value>
    public string TargetColumn { get; set; } = "target";

    /// <summary>Gets or sets the optional column holding the cross-validation group; ignored when absent.</summary>
    /// <value>Defaults to <c>group</c>.</value>
    public string GroupColumn { get; set; } = "group";

    /// <summary>Gets or sets the column holding the split name, used with <see cref="Split"/>.</summary>
    /// <value>Defaults to <c>split</c>.</value>
    public string SplitColumn { get; set; } = "split";

    /// <summary>Gets or sets the split to keep (for example <c>train</c>); other rows are skipped.</summary>
    /// <value>Defaults to <see langword="null"/> (keep every row).</value>
    public string? Split { get; set; }

    /// <summary>Gets or sets the file layout.</summary>
    /// <value>Defaults to <see cref="StanceDataFormat.Auto"/> (from the extension).</value>
    public StanceDataFormat Format { get; set; } = StanceDataFormat.Auto;

    /// <summary>Gets or sets the fewest distinct labels the loaded rows must have (2 for training, 1 for evaluation).</summary>
    /// <value>Defaults to 2.</value>
    public int MinimumLabels { get; set; } = 2;
}
