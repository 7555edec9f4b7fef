using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Course.Kernel.Tests.Infrastructure;

/// <summary>
/// The classic Jupyter Notebook server (Debian <c>jupyter-notebook</c>, 6.x) serving one folder on a free
/// localhost port, behind a random token, in a <see cref="JupyterSandbox"/> (so it finds the course kernel
/// installed there and keeps its files out of the user's home). Stopping it stops its kernels.
/// </summary>
internal sealed class NotebookServer : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder log = new();

    public NotebookServer(JupyterSandbox sandbox, string folder)
    {
        Token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        Port = FreePort();
        var start = new ProcessStartInfo(RequiredTools.Python,
        [
            "-m", "notebook", "--no-browser", "--ip=127.0.0.1", $"--port={Port}", "--port-retries=0",
            // CI runs as root; the server refuses to unless told this is intended.
            "--allow-root",
            $"--NotebookApp.token={Token}", $"--NotebookApp.notebook_dir={folder}",
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        foreach (var (name, value) in sandbox.Environment)
        {
            start.Environment[name] = value;
        }

        process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        WaitUntilServing(TimeSpan.FromMinutes(1));
    }

    public int Port { get; }

    public string Token { get; }

    /// <summary>What the server has logged so far (kernel starts, failed requests).</summary>
    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    /// <summary>The page of a notebook in the served folder, with the token that logs the browser in.</summary>
    public string NotebookUrl(string fileName) => $"http://127.0.0.1:{Port}/notebooks/{Uri.EscapeDataString(fileName)}?token={Token}";

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.AppendLine(line);
        }
    }

    private void WaitUntilServing(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var status = $"http://127.0.0.1:{Port}/api/status?token={Token}";
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"jupyter notebook exited with code {process.ExitCode}:\n{Log}");
            }

            try
            {
                if (http.GetAsync(status).GetAwaiter().GetResult().IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }

            Thread.Sleep(200);
        }

        throw new TimeoutException($"jupyter notebook did not answer on port {Port} within {timeout}:\n{Log}");
    }
}
