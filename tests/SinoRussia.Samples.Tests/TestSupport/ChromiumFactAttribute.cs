namespace SinoRussia.Samples.Tests.TestSupport;

/// <summary>
/// A fact that needs headless Chromium: skipped when Chromium is absent on a developer machine, but run (and so
/// failing with a clear message) when CI=true, where its absence is a broken setup.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null && !Chromium.IsCi)
        {
            Skip = "Chromium is not installed (apt-get install chromium); under CI=true this test fails instead.";
        }
    }
}
