using System.Diagnostics;
using System.Text;

namespace SinoRussia.Samples.Tests.TestSupport;

/// <summary>Runs the built sample app (copied beside the tests) as a separate process, as a user would.</summary>
internal static class AppProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static string AppPath { get; } = Path.Combine(AppContext.BaseDirectory, "SinoRussia.Samples.dll");

    public static AppResult Run(string workingDirectory, string? standardInput, params string[] arguments) =>
        Run(workingDirectory, standardInput, null, arguments);

    /// <summary>Runs the app; <paramref name="whileRunning"/> gets the process id while the app runs (for example to signal it).</summary>
    public static AppResult Run(string workingDirectory, string? standardInput, Action<int>? whileRunning, params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(AppPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the sample app.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(standardInput);
            process.StandardInput.BaseStream.Write(bytes);
        }

        process.StandardInput.Close();
        whileRunning?.Invoke(process.Id);
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The sample app did not finish within {Timeout}: {string.Join(' ', arguments)}");
        }

        return new AppResult(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }

    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
