namespace SinoRussia.Nlp.Stance;

/// <summary>The layout of a stance data file.</summary>
public enum StanceDataFormat
{
    /// <summary>Chosen from the file extension: <c>.csv</c>, <c>.tsv</c>/<c>.tab</c>, <c>.jsonl</c>/<c>.ndjson</c>.</summary>
    Auto = 0,

    /// <summary>Comma-separated with a header row and RFC 4180 quoting (fields may contain commas, quotes and newlines).</summary>
    Csv,

    /// <summary>Tab-separated with a header row and no quoting: every line is a row, every tab a separator, quotes are ordinary characters.</summary>
    Tsv,

    /// <summary>One JSON object per line; column names are property names.</summary>
    Jsonl,
}
