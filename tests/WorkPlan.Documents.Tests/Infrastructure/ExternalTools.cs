using System.Diagnostics;
using System.Text;

namespace WorkPlan.Documents.Tests.Infrastructure;

/// <summary>The command-line tools the interoperability tests drive: LibreOffice, Chromium and poppler-utils.</summary>
public static class ExternalTools
{
    /// <summary>The tools every interoperability test needs.</summary>
    public static readonly IReadOnlyList<string> Required = ["soffice", "chromium", "pdftotext", "pdfinfo"];

    /// <summary>Returns the full path of <paramref name="tool"/> on PATH, or null.</summary>
    /// <param name="tool">The executable's name.</param>
    /// <returns>The path, or null.</returns>
    public static string? Find(string tool)
    {
        string? path = Environment.GetEnvironmentVariable("PATH");
        if (path is null)
        {
            return null;
        }

        foreach (string folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(folder, tool);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Gets the required tools that are not on PATH.</summary>
    public static IReadOnlyList<string> Missing => Required.Where(tool => Find(tool) is null).ToList();

    /// <summary>Runs a tool, waits for it (bounded), and returns its standard output; fails with its output on error.</summary>
    /// <param name="tool">The executable's name.</param>
    /// <param name="arguments">The arguments, each passed as is.</param>
    /// <param name="timeout">How long to wait before killing it.</param>
    /// <returns>The standard output.</returns>
    public static string Run(string tool, IEnumerable<string> arguments, TimeSpan timeout)
    {
        string executable = Find(tool) ?? throw new InvalidOperationException($"{tool} is not installed (see .ci/run: install_apt_packages).");
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish within {timeout.TotalSeconds} s.");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} exited with {process.ExitCode}: {errors.Result}{output.Result}");
        }

        return output.Result;
    }
}
