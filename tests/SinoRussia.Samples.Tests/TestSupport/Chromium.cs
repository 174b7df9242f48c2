using System.Diagnostics;

namespace SinoRussia.Samples.Tests.TestSupport;

/// <summary>Headless Chromium, found on PATH, for tests that render the HTML report.</summary>
internal static class Chromium
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    public static string? Executable { get; } = Find();

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string Require() => Executable ?? throw new InvalidOperationException(
        "Chromium is not installed but CI=true: the HTML report test needs it (install the Debian package 'chromium'; .ci/run does).");

    /// <summary>Loads <paramref name="htmlPath"/> headless and returns its serialised DOM after load.</summary>
    public static string DumpDom(string htmlPath) => Run(htmlPath, "--dump-dom");

    /// <summary>Loads <paramref name="htmlPath"/> headless and saves a screenshot of the viewport.</summary>
    public static void Screenshot(string htmlPath, string pngPath, int width, int height) =>
        Run(htmlPath, $"--screenshot={pngPath}", $"--window-size={width},{height}");

    private static string Run(string htmlPath, params string[] action)
    {
        var profile = Directory.CreateTempSubdirectory("sinorussia-chromium-");
        try
        {
            var start = new ProcessStartInfo(Require())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", $"--user-data-dir={profile.FullName}" })
            {
                start.ArgumentList.Add(argument);
            }

            foreach (var argument in action)
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start Chromium.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("Chromium did not finish within 2 minutes.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"Chromium exited with {process.ExitCode}: {error.GetAwaiter().GetResult()}");
            }

            return output.GetAwaiter().GetResult();
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in Names)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
