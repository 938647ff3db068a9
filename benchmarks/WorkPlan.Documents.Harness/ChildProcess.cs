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

    /// <summary>A native executable with its arguments.</summary>
    public static ProcessStartInfo Native(string executable, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    /// <summary>Runs to the end; throws with its error output when it exits with a code not in <paramref name="acceptedExitCodes"/> (default: 0).</summary>
    public static void Run(ProcessStartInfo info, params int[] acceptedExitCodes)
    {
        using Process process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {info.FileName}.");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (!(acceptedExitCodes.Length == 0 ? [0] : acceptedExitCodes).Contains(process.ExitCode))
        {
            throw new InvalidOperationException(
                $"{info.FileName} {string.Join(' ', info.ArgumentList)} exited with {process.ExitCode}:\n{error.Result}{output.Result}");
        }
    }
}
