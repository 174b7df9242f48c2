namespace SinoRussia.Samples.Reports;

/// <summary>An input that could not be analysed and why.</summary>
internal sealed record FailedInput(string Source, string Message);
