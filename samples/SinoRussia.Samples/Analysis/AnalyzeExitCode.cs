namespace SinoRussia.Samples.Analysis;

/// <summary>Exit codes of <c>analyze</c>.</summary>
internal static class AnalyzeExitCode
{
    /// <summary>Every input was analysed.</summary>
    public const int Success = 0;

    /// <summary>At least one input failed (missing, empty, binary, invalid UTF-8, unreadable, or a pipeline error); the others were reported.</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>Nothing was analysed: bad options, an output file that cannot be created, or a pipeline that cannot be built.</summary>
    public const int UsageError = 2;

    /// <summary>Cancelled (Ctrl+C); the documents completed before it were written.</summary>
    public const int Cancelled = 130;
}
