namespace SinoRussia.Samples.Tests.TestSupport;

/// <summary>A fact that needs POSIX signals (sent with the <c>kill</c> command); skipped on Windows.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Sends POSIX signals with the kill command.";
        }
    }
}
