using System.CommandLine;
using System.Globalization;
using SinoRussia.Nlp.Stance;

namespace SinoRussia.Samples.Stance;

/// <summary>Options shared by train-stance and evaluate-stance: data columns, split and format.</summary>
internal sealed class StanceCommandOptions
{
    public Argument<string> Data { get; } = new("DATA") { Description = "Labelled data: .csv (RFC 4180), .tsv (no quoting) or .jsonl with columns text, label and optionally target, group, split." };

    public Option<string?> Split { get; } = new("--split") { Description = "Keep only the rows whose split column equals NAME (for example train, dev or test)." };

    public Option<string> TextColumn { get; } = new("--text-column") { Description = "Name of the text column.", DefaultValueFactory = _ => "text" };

    public Option<string> LabelColumn { get; } = new("--label-column") { Description = "Name of the label column.", DefaultValueFactory = _ => "label" };

    public Option<string> TargetColumn { get; } = new("--target-column") { Description = "Name of the optional target column.", DefaultValueFactory = _ => "target" };

    public Option<string> GroupColumn { get; } = new("--group-column") { Description = "Name of the optional group column (cross-validation keeps a group together).", DefaultValueFactory = _ => "group" };

    public Option<string> SplitColumn { get; } = new("--split-column") { Description = "Name of the split column used by --split.", DefaultValueFactory = _ => "split" };

    public Option<StanceDataFormat> Format { get; } = new("--format") { Description = "File format: auto (from the extension), csv, tsv or jsonl.", DefaultValueFactory = _ => StanceDataFormat.Auto };

    public static (int Min, int Max) ParseRange(string value, string option)
    {
        var parts = value.Split('-', 2);
        if (parts.Length == 1 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var single))
        {
            return (single, single);
        }

        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var min) && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var max))
        {
            return (min, max);
        }

        throw new ArgumentException($"{option} expects a range like 1-2, got '{value}'.");
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(Data);
        command.Options.Add(Split);
        command.Options.Add(TextColumn);
        command.Options.Add(LabelColumn);
        command.Options.Add(TargetColumn);
        command.Options.Add(GroupColumn);
        command.Options.Add(SplitColumn);
        command.Options.Add(Format);
    }

    public StanceDataLoaderOptions ToLoaderOptions(ParseResult result, int minimumLabels) => new()
    {
        Split = result.GetValue(Split),
        TextColumn = result.GetValue(TextColumn)!,
        LabelColumn = result.GetValue(LabelColumn)!,
        TargetColumn = result.GetValue(TargetColumn)!,
        GroupColumn = result.GetValue(GroupColumn)!,
        SplitColumn = result.GetValue(SplitColumn)!,
        Format = result.GetValue(Format),
        MinimumLabels = minimumLabels,
    };
}
