using System.Text.Encodings.Web;
using System.Text.Json;

namespace SinoRussia.Samples.Reports;

/// <summary>Writer settings shared by the JSON and JSON Lines reports: UTF-8 text kept readable rather than \u-escaped.</summary>
internal static class JsonOutput
{
    public static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
