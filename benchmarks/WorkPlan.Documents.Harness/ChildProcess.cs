using System.Diagnostics;

namespace WorkPlan.Documents.Harness;

/// <summary>Starts a program: its apphost when there is one beside the .dll, otherwise <c>dotnet program.dll</c>.</summary>
internal static class ChildProcess
{
    public static ProcessStartInfo For(string assemblyPath, IEnumerable<string> arguments)
    {
        string apphost = Path.ChangeExtension(assemblyPath, null);
        ProcessStartInfo info = File.Exists(apphost) && !OperatingSystem.IsWindows()
            ? new ProcessStartInfo(apphost)
            : new ProcessStartInfo("dotnet") { ArgumentList = { assemblyPath } };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.UseShellExecute = false;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        return info;
    }

    /// <summary>Runs to the end; throws with its error output when it fails.</summary>
    public static void Run(ProcessStartInfo info)
    {
        using Process process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {info.FileName}.");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{info.FileName} {string.Join(' ', info.ArgumentList)} exited with {process.ExitCode}:\n{error.Result}{output.Result}");
        }
    }
}
