using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text;
using Course.Grading.Worker;

namespace Course.Grading;

/// <summary>
/// Runs one <see cref="GradeJob"/> in a child process (<c>Course.Grading.Worker</c>) with a
/// managed-heap limit and a wall-clock limit, then reads back the cells it reported. A crash, an
/// <c>Environment.Exit</c> or a stack overflow in the submission ends only that process.
/// </summary>
public static class WorkerProcess
{
    /// <summary>Runs <paramref name="job"/> and collects its reports.</summary>
    /// <param name="job">The cells to run.</param>
    /// <param name="limits">Time and memory limits.</param>
    /// <param name="scratch">A folder for the job and report files.</param>
    /// <param name="seed">The hidden-case seed passed to the worker as COURSE_CHECK_SEED, or <see langword="null"/> to inherit.</param>
    /// <param name="cancellationToken">Stops waiting and kills the worker.</param>
    public static async Task<WorkerOutcome> RunAsync(GradeJob job, GradeLimits limits, string scratch, string? seed, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(scratch);
        var jobPath = Path.Combine(scratch, "job.json");
        var reportPath = Path.Combine(scratch, "report.jsonl");
        await File.WriteAllTextAsync(jobPath, JsonSerializer.Serialize(job, GradingJson.Options), cancellationToken);
        File.Delete(reportPath);

        var start = StartInfo(jobPath, reportPath);
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + ((long)limits.MemoryLimitMegabytes * 1024 * 1024).ToString("X", CultureInfo.InvariantCulture);
        if (seed is not null)
        {
            start.Environment[Course.Checks.Exercise.SeedVariable] = seed;
        }

        using var process = new Process { StartInfo = start };
        var errors = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (errors)
                {
                    errors.AppendLine(e.Data);
                }
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
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
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
            }
        }

        var (reports, completed) = ReadReports(reportPath);
        string tail;
        lock (errors)
        {
            var text = errors.ToString().Trim();
            tail = text.Length <= 600 ? text : text[^600..];
        }

        return new WorkerOutcome(reports, completed && !timedOut, timedOut ? -1 : process.ExitCode, timedOut, tail);
    }

    private static (IReadOnlyList<CellReport> Reports, bool Completed) ReadReports(string path)
    {
        if (!File.Exists(path))
        {
            return ([], false);
        }

        var reports = new List<CellReport>();
        var completed = false;
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        while (reader.ReadLine() is { } line)
        {
            if (line == GradeWorker.DoneLine)
            {
                completed = true;
                continue;
            }

            try
            {
                if (JsonSerializer.Deserialize<CellReport>(line, GradingJson.Options) is { } report)
                {
                    reports.Add(report);
                }
            }
            catch (JsonException)
            {
                // A line cut short by the process ending mid-write: the cells before it still count.
                break;
            }
        }

        return (reports, completed);
    }

    private static ProcessStartInfo StartInfo(string jobPath, string reportPath)
    {
        var worker = typeof(GradeWorker).Assembly.Location;
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (string.IsNullOrEmpty(host) || !File.Exists(host))
        {
            host = Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
        }

        var start = new ProcessStartInfo(host)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        var runtimeConfig = Path.ChangeExtension(worker, ".runtimeconfig.json");
        if (!File.Exists(runtimeConfig))
        {
            runtimeConfig = Directory.EnumerateFiles(Path.GetDirectoryName(worker)!, "*.runtimeconfig.json").FirstOrDefault() ?? runtimeConfig;
        }

        start.ArgumentList.Add("--runtimeconfig");
        start.ArgumentList.Add(runtimeConfig);
        start.ArgumentList.Add(worker);
        start.ArgumentList.Add(jobPath);
        start.ArgumentList.Add(reportPath);
        return start;
    }
}
