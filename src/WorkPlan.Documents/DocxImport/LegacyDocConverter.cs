using System.ComponentModel;
using System.Diagnostics;
using WorkPlan.Documents.Import;

namespace WorkPlan.Documents.DocxImport;

/// <summary>
/// Converts a legacy Word .doc (the binary format of Word 97–2003) to .docx with LibreOffice
/// (<c>soffice --headless --convert-to docx</c>): reading the binary format is LibreOffice's job, not this library's.
/// Each conversion runs in its own temporary folder with its own LibreOffice profile, so conversions can run side by
/// side and never touch the user's profile; the folder is deleted afterwards.
/// </summary>
internal static class LegacyDocConverter
{
    internal static byte[] Convert(byte[] doc, DocxImportOptions options)
    {
        string program = Locate(options.ConverterPath)
            ?? throw new ProgrammeImportException(
                null,
                $"the file is a legacy Word .doc; reading it needs LibreOffice to convert it to .docx, but the converter \"{options.ConverterPath}\" was not found (install LibreOffice, e.g. apt-get install libreoffice-writer-nogui, or save the file as .docx in Word).");
        string folder = Path.Combine(Path.GetTempPath(), "workplan-doc-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string input = Path.Combine(folder, "programme.doc");
            File.WriteAllBytes(input, doc);
            string profile = new Uri(Path.Combine(folder, "profile")).AbsoluteUri;
            var start = new ProcessStartInfo(program)
            {
                Arguments = $"\"-env:UserInstallation={profile}\" --headless --norestore --convert-to docx --outdir \"{folder}\" \"{input}\"",
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                CreateNoWindow = true,
            };
            Run(start, program, options.ConversionTimeout);
            string output = Path.Combine(folder, "programme.docx");
            if (!File.Exists(output))
            {
                throw new ProgrammeImportException(null, $"LibreOffice (\"{program}\") did not convert the .doc to .docx: the file is damaged, protected by a password, or not a Word document.");
            }

            return File.ReadAllBytes(output);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A converter still holding a file; the temporary folder is left for the system to clean.
            }
            catch (UnauthorizedAccessException)
            {
                // As above.
            }
        }
    }

    /// <summary>Returns the full path of the converter: as given when it is a path, else found on PATH; null when missing.</summary>
    internal static string? Locate(string converter)
    {
        if (Path.GetFileName(converter) != converter)
        {
            return File.Exists(converter) ? converter : null;
        }

        string? path = Environment.GetEnvironmentVariable("PATH");
        foreach (string folder in (path ?? string.Empty).Split(Path.PathSeparator))
        {
            if (folder.Length == 0)
            {
                continue;
            }

            foreach (string name in new[] { converter, converter + ".exe" })
            {
                string candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static void Run(ProcessStartInfo start, string program, TimeSpan timeout)
    {
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new ProgrammeImportException(null, $"the converter \"{program}\" did not start.");
        }
        catch (Win32Exception ex)
        {
            throw new ProgrammeImportException(null, $"the converter \"{program}\" could not be started ({ex.Message}); a legacy .doc needs LibreOffice to be read.", ex);
        }

        using (process)
        {
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit((int)Math.Min(int.MaxValue, timeout.TotalMilliseconds)))
            {
                try
                {
                    process.Kill();
                }
                catch (InvalidOperationException)
                {
                    // It ended meanwhile.
                }

                throw new ProgrammeImportException(null, $"LibreOffice (\"{program}\") did not convert the .doc within {timeout.TotalSeconds:0} s; it was stopped.");
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new ProgrammeImportException(null, $"LibreOffice (\"{program}\") failed to convert the .doc (exit code {process.ExitCode}): {(errors.Result + output.Result).Trim()}");
            }
        }
    }
}
