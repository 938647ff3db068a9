using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace WorkPlan.Documents.Harness;

/// <summary>
/// The web sample's first request: starts the published samples/WebApi on a free loopback port and posts the seed to
/// <c>/programmes/render/docx</c> until it answers (a refused connection is retried at once); the figure is the time
/// from the process's start to the first .docx received. The process is then stopped, so both columns of the report
/// show that time.
/// </summary>
internal sealed class WebApiTarget(string name, string title, HarnessOptions options) : ColdStartTarget(name, title, hasFormat: false)
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);

    public override (double FirstDocument, double Exit) RunOnce(string input, string outputFolder, string format)
    {
        int port = FreePort();
        ProcessStartInfo info = ChildProcess.For(Require(options.WebApiPath, "--webapi"), []);
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        byte[] body = File.ReadAllBytes(input);
        using var client = new HttpClient();
        var address = new Uri($"http://127.0.0.1:{port}/programmes/render/docx");

        long ticks = Stopwatch.GetTimestamp();
        using Process process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {info.FileName}.");
        try
        {
            while (true)
            {
                try
                {
                    using var content = new ByteArrayContent(body);
                    content.Headers.ContentType = new("application/json") { CharSet = Encoding.UTF8.WebName };
                    using HttpResponseMessage response = client.PostAsync(address, content).GetAwaiter().GetResult();
                    byte[] docx = response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
                    double elapsed = Stopwatch.GetElapsedTime(ticks).TotalMilliseconds;
                    if (response.StatusCode != HttpStatusCode.OK || docx.Length == 0)
                    {
                        throw new InvalidOperationException($"the web sample answered {(int)response.StatusCode} with {docx.Length} bytes.");
                    }

                    File.WriteAllBytes(Path.Combine(outputFolder, "seed.docx"), docx);
                    return (elapsed, elapsed);
                }
                catch (HttpRequestException) when (!process.HasExited && Stopwatch.GetElapsedTime(ticks) < GiveUpAfter)
                {
                    // Not listening yet.
                }
            }
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
