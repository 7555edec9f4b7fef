using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Course.Kernel.Tests.Infrastructure;

/// <summary>
/// One course kernel started by jupyter_client through its installed kernelspec, driven by
/// <c>Client/kernel_bridge.py</c>: each command is a JSON line in, its answer a JSON line out.
/// </summary>
internal sealed class KernelBridge : IDisposable
{
    private readonly Process process;
    private readonly Lock gate = new();
    private readonly System.Text.StringBuilder errors = new();
    private readonly System.Collections.Concurrent.BlockingCollection<string> answers = [];
    private int nextId;
    private string? broken;

    public KernelBridge(JupyterSandbox sandbox, string kernelName = "course-csharp")
    {
        var start = new ProcessStartInfo(RequiredTools.Python, [Path.Combine(AppContext.BaseDirectory, "Client", "kernel_bridge.py"), kernelName])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in sandbox.Environment)
        {
            start.Environment[name] = value;
        }

        process = Process.Start(start)!;
        process.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                errors.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                answers.Add(e.Data);
            }
        };
        process.BeginOutputReadLine();
        var ready = ReadAnswer(null, TimeSpan.FromMinutes(3));
        if (ready["ready"]?.GetValue<bool>() != true)
        {
            throw new InvalidOperationException($"the kernel did not start: {ready}");
        }
    }

    /// <summary>The kernel's and the client's standard error so far (dropped messages are logged there).</summary>
    public string StandardError
    {
        get
        {
            lock (errors)
            {
                return errors.ToString();
            }
        }
    }

    public JsonObject Send(JsonObject command, TimeSpan? timeout = null)
    {
        lock (gate)
        {
            if (broken is not null)
            {
                throw new InvalidOperationException($"the kernel client is unusable since an earlier command: {broken}");
            }

            var id = ++nextId;
            command["id"] = id;
            process.StandardInput.WriteLine(command.ToJsonString());
            process.StandardInput.Flush();
            var answer = ReadAnswer(id, timeout ?? TimeSpan.FromMinutes(5));
            if (answer["exception"] is { } exception)
            {
                throw new InvalidOperationException($"{command["op"]} failed in the client: {exception}\n{StandardError}");
            }

            return answer;
        }
    }

    /// <summary>Kills the client process only (SIGKILL, no shutdown message), as when a front end crashes.</summary>
    public void KillClient()
    {
        process.Kill(entireProcessTree: false);
        process.WaitForExit();
    }

    public JsonObject Execute(string code, bool silent = false, bool storeHistory = true) =>
        Send(new JsonObject { ["op"] = "execute", ["code"] = code, ["silent"] = silent, ["store_history"] = storeHistory });

    public void Dispose()
    {
        try
        {
            process.StandardInput.WriteLine(new JsonObject { ["op"] = "shutdown" }.ToJsonString());
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The client already shut the kernel down and exited.
        }

        try
        {
            if (!process.WaitForExit(TimeSpan.FromSeconds(20)))
            {
                process.Kill(entireProcessTree: true);
            }
        }
        finally
        {
            process.Dispose();
        }
    }

    private JsonObject ReadAnswer(int? id, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (answers.TryTake(out var line, Max(deadline - DateTime.UtcNow)))
        {
            var answer = JsonNode.Parse(line) as JsonObject ?? throw new JsonException($"not an object: {line}");
            if (id is null || answer["id"]?.GetValue<int>() == id)
            {
                return answer;
            }
        }

        broken = $"no answer within {timeout}";
        throw new InvalidOperationException($"no answer from the kernel client within {timeout}:\n{StandardError}");
    }

    private static TimeSpan Max(TimeSpan left) => left > TimeSpan.Zero ? left : TimeSpan.Zero;
}
