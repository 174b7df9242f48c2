namespace SinoRussia.Samples.Tests.TestSupport;

/// <summary>What a run of the sample app printed and returned.</summary>
internal sealed record AppResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}
