using System.CommandLine;
using SinoRussia.Nlp.Stance;
using SinoRussia.Samples.Commands;

namespace SinoRussia.Samples.Stance;

/// <summary>evaluate-stance: scores a stance model on labelled data and prints accuracy, macro-F1, F_avg, per-label P/R/F and the confusion matrix.</summary>
internal sealed class EvaluateStanceCommand : ICliCommand
{
    public Command Create()
    {
        var common = new StanceCommandOptions();
        var model = new Option<string>("--model", "-m") { Description = "The model file written by train-stance.", Required = true };
        var json = new Option<string?>("--json") { Description = "Write the figures as JSON to FILE: {accuracy, macro_f1, f_avg, labels: {label: {precision, recall, f1}}, confusion: {gold: {pred: n}}}." };
        var command = new Command("evaluate-stance", "Evaluate a stance model on labelled CSV/TSV/JSONL data.\n\nExample:\n  evaluate-stance ../shared/data/perspectrum/perspectrum_stance.tsv --split test --model perspectrum.zip --json perspectrum-test.json");
        common.AddTo(command);
        command.Options.Add(model);
        command.Options.Add(json);
        command.SetAction(result =>
        {
            try
            {
                var stanceModel = StanceModel.Load(result.GetValue(model)!);
                var path = result.GetValue(common.Data)!;
                var data = StanceDataLoader.Load(path, common.ToLoaderOptions(result, minimumLabels: 1));
                data.EnsureLabelsIn([.. stanceModel.Labels]);
                var predictions = stanceModel.PredictBatch(data.Examples);
                var metrics = StanceMetrics.Compute(stanceModel.Labels, data.Examples.Select((e, i) => (e.Label, predictions[i].Label)));
                Console.WriteLine($"Model {result.GetValue(model)} (target '{stanceModel.Target}', {stanceModel.Metadata.Trainer}) on {data.Examples.Count:N0} rows of {path}{(result.GetValue(common.Split) is { } s ? $" (split '{s}')" : "")}:");
                Console.Write(metrics.ToTable());
                if (result.GetValue(json) is { } jsonPath)
                {
                    StanceMetricsJson.Write(jsonPath, metrics);
                    Console.WriteLine($"Wrote {jsonPath}.");
                }

                return 0;
            }
            catch (Exception ex) when (ex is StanceDataException or StanceModelException or ArgumentException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"evaluate-stance: {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}
