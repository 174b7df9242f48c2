using System.Text.Json;
using SinoRussia.Nlp.Stance;

namespace SinoRussia.Samples.Stance;

/// <summary>Writes stance metrics in the evaluate-stance JSON shape of DESIGN.md.</summary>
internal static class StanceMetricsJson
{
    public static void Write(string path, StanceMetrics metrics)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteNumber("accuracy", Math.Round(metrics.Accuracy, 6));
        writer.WriteNumber("macro_f1", Math.Round(metrics.MacroF1, 6));
        if (metrics.FAvg is { } fAvg)
        {
            writer.WriteNumber("f_avg", Math.Round(fAvg, 6));
        }
        else
        {
            writer.WriteNull("f_avg");
        }

        writer.WriteNumber("count", metrics.Count);
        writer.WriteStartObject("labels");
        foreach (var label in metrics.Labels)
        {
            var m = metrics.PerClass[label];
            writer.WriteStartObject(label);
            writer.WriteNumber("precision", Math.Round(m.Precision, 6));
            writer.WriteNumber("recall", Math.Round(m.Recall, 6));
            writer.WriteNumber("f1", Math.Round(m.F1, 6));
            writer.WriteNumber("support", m.Support);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteStartObject("confusion");
        foreach (var gold in metrics.Labels)
        {
            writer.WriteStartObject(gold);
            foreach (var predicted in metrics.Labels)
            {
                writer.WriteNumber(predicted, metrics.Confusion[gold][predicted]);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
