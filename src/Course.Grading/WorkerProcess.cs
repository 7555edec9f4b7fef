using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Course.Grading.Worker;

namespace Course.Grading;

/// <summary>
/// Runs one submission's cells in a worker process (<c>Course.Grading.Worker</c>), confined by the
/// <see cref="Sandbox"/>, and reads back what it reported. The job goes in on the worker's standard input (no file,
/// nothing on its command line); reports come back on its standard output, a pipe only this process reads, at most
/// <see cref="MaxReportBytes"/>, each line accepted only if it is a well-formed <see cref="CellReport"/>. Standard
/// error is drained and only its last <see cref="ErrorTailBytes"/> bytes kept, so nothing the submission prints can
/// fill the grader's memory. The worker's environment is built from nothing: no seed, no variable of the grader's.
/// A crash, an <c>Environment.Exit</c>, a stack overflow or a time-out ends only that process.
/// </summary>
public static class WorkerProcess
{
    /// <summary>The most report bytes read from one worker: 32 MB.</summary>
    public const int MaxReportBytes = 32 << 20;

    /// <summary>How much of the end of the worker's standard error is kept, for crash messages.</summary>
    public const int ErrorTailBytes = 4096;

    /// <summary>
    /// How long to wait for the worker's pipes to close after it exits. Unconfined, a descendant may hold them open;
    /// in the sandbox every descendant dies with the worker's pid namespace, so the wait only absorbs a slow machine.
    /// </summary>
    private static TimeSpan DrainGrace(Sandbox sandbox) => TimeSpan.FromSeconds(sandbox.Enabled ? 30 : 5);

    /// <summary>Runs <paramref name="cells"/> and collects the reports.</summary>
    /// <param name="cells">The cells to run.</param>
    /// <param name="lesson">The lesson (for its data folder).</param>
    /// <param name="limits">Time and memory limits.</param>
    /// <param name="sandbox">How to confine the worker.</param>
    /// <param name="cancellationToken">Stops waiting and kills the worker.</param>
    public static async Task<WorkerOutcome> RunAsync(IReadOnlyList<GradedCell> cells, LessonKey lesson, GradeLimits limits, Sandbox sandbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(sandbox);
        var data = DataFolder(lesson.Directory);
        var workingDirectory = sandbox.Enabled ? Sandbox.WorkFolder : Directory.CreateTempSubdirectory("course-grade-").FullName;
        var job = new GradeJob(workingDirectory, limits.CellTimeout.TotalSeconds, cells);
        var command = sandbox.Command(DotnetHost(), typeof(GradeWorker).Assembly.Location, data, limits, Environment(limits, workingDirectory));
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory.StartsWith('/') && Directory.Exists(workingDirectory) ? workingDirectory : Path.GetTempPath(),
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        foreach (var (name, value) in Environment(limits, workingDirectory))
        {
            start.Environment[name] = value;
        }

        using var process = new Process { StartInfo = start };
        process.Start();
        var report = ReadBoundedAsync(process.StandardOutput.BaseStream, MaxReportBytes, keepEnd: false);
        var errors = ReadBoundedAsync(process.StandardError.BaseStream, ErrorTailBytes, keepEnd: true);
        try
        {
            await using (var input = process.StandardInput.BaseStream)
            {
                await JsonSerializer.SerializeAsync(input, job, GradingJson.Options, cancellationToken);
            }
        }
        catch (IOException)
        {
            // The worker ended before reading its job: its exit code and standard error say why.
        }

        var timedOut = false;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(limits.NotebookTimeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                timedOut = !cancellationToken.IsCancellationRequested;
            }
        }

        Kill(process);
        var (reportBytes, reportTruncated) = await WithGrace(report, DrainGrace(sandbox));
        var (errorBytes, _) = await WithGrace(errors, DrainGrace(sandbox));
        if (!sandbox.Enabled)
        {
            TryDelete(workingDirectory);
        }

        var (reports, completed) = Parse(reportBytes, reportTruncated);
        var exitCode = timedOut ? -1 : process.HasExited ? process.ExitCode : -1;
        return new WorkerOutcome(reports, completed && !timedOut, exitCode, timedOut, Encoding.UTF8.GetString(errorBytes).Trim());
    }

    /// <summary>The reports in <paramref name="bytes"/>: well-formed lines up to the first malformed one; the done line only at the end.</summary>
    /// <param name="bytes">What the worker wrote.</param>
    /// <param name="truncated">Whether more was written than was read.</param>
    internal static (IReadOnlyList<CellReport> Reports, bool Completed) Parse(byte[] bytes, bool truncated)
    {
        var reports = new List<CellReport>();
        var completed = false;
        using var reader = new StringReader(Encoding.UTF8.GetString(bytes));
        while (reader.ReadLine() is { } line)
        {
            if (completed)
            {
                // Anything after the done line was not written by the worker: the whole report is void.
                return ([], false);
            }

            if (line == GradeWorker.DoneLine)
            {
                completed = !truncated;
                continue;
            }

            try
            {
                if (JsonSerializer.Deserialize<CellReport>(line, GradingJson.Options) is { CellId: not null, Status: not null } cell)
                {
                    reports.Add(cell);
                    continue;
                }
            }
            catch (JsonException)
            {
            }

            // A line cut short by the process ending mid-write, or not the worker's: the cells before it still count.
            break;
        }

        return (reports, completed);
    }

    private static Dictionary<string, string> Environment(GradeLimits limits, string workingDirectory) => new()
    {
        ["PATH"] = "/usr/local/bin:/usr/bin:/bin",
        ["HOME"] = workingDirectory,
        ["TMPDIR"] = "/tmp",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_gcServer"] = "0",
        ["DOTNET_GCHeapHardLimit"] = "0x" + ((long)limits.MemoryLimitMegabytes * 1024 * 1024).ToString("X", CultureInfo.InvariantCulture),
    };

    private static string? DataFolder(string lessonDirectory)
    {
        for (var dir = new DirectoryInfo(lessonDirectory); dir is not null; dir = dir.Parent)
        {
            var data = Path.Combine(dir.FullName, "data");
            if (Directory.Exists(data))
            {
                return data;
            }
        }

        return null;
    }

    private static string DotnetHost()
    {
        var host = System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (string.IsNullOrEmpty(host) || !File.Exists(host))
        {
            host = System.Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "/usr/bin/dotnet";
        }

        return new FileInfo(host).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? host;
    }

    private static async Task<(byte[] Bytes, bool Truncated)> ReadBoundedAsync(Stream stream, int limit, bool keepEnd)
    {
        var kept = new MemoryStream();
        var truncated = false;
        var chunk = new byte[65536];
        int read;
        while ((read = await stream.ReadAsync(chunk)) > 0)
        {
            if (kept.Length + read <= limit)
            {
                kept.Write(chunk, 0, read);
                continue;
            }

            truncated = true;
            if (keepEnd)
            {
                // Keep the last `limit` bytes: what was kept, shifted, then the end of the new chunk.
                var fromChunk = Math.Min(read, limit);
                var fromKept = (int)Math.Min(kept.Length, limit - fromChunk);
                var tail = new byte[fromKept + fromChunk];
                Buffer.BlockCopy(kept.GetBuffer(), (int)kept.Length - fromKept, tail, 0, fromKept);
                Buffer.BlockCopy(chunk, read - fromChunk, tail, fromKept, fromChunk);
                kept = new MemoryStream();
                kept.Write(tail);
            }

            // Otherwise keep draining so the writer is not blocked, but keep nothing more.
        }

        return (kept.ToArray(), truncated);
    }

    private static async Task<(byte[] Bytes, bool Truncated)> WithGrace(Task<(byte[] Bytes, bool Truncated)> read, TimeSpan grace)
    {
        var finished = await Task.WhenAny(read, Task.Delay(grace));
        return finished == read ? await read : ([], true);
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // It ended on its own in the meantime.
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A descendant may still hold a file; the temp folder is left for the OS to clean.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
