using System.Text.Json;
using Course.Checks.Rendering;
using Course.Notebooks.Execution;

namespace Course.Grading.Worker;

/// <summary>
/// The child-process side of grading (the <c>Course.Grading.Worker</c> process): runs a <see cref="GradeJob"/> on a fresh
/// <see cref="ScriptSession"/> and appends one <see cref="CellReport"/> per cell to a JSON-lines file, flushed
/// after each cell, so whatever ends the process early (Environment.Exit, a stack overflow, the memory limit,
/// the parent's timeout) the cells already graded are kept. Check results are taken only from a check cell's
/// own value (its execute_result), formatted with the course's formatters registered again just before the cell.
/// </summary>
public static class GradeWorker
{
    /// <summary>The line written after the last cell.</summary>
    public const string DoneLine = "{\"done\":true}";

    /// <summary>Runs the job in <paramref name="jobPath"/> and writes reports to <paramref name="reportPath"/>.</summary>
    /// <param name="jobPath">The job JSON.</param>
    /// <param name="reportPath">The JSON-lines report to append to.</param>
    /// <returns>0 when every cell was run (whatever its outcome).</returns>
    public static async Task<int> RunAsync(string jobPath, string reportPath)
    {
        var job = JsonSerializer.Deserialize<GradeJob>(await File.ReadAllTextAsync(jobPath), GradingJson.Options)
            ?? throw new InvalidDataException($"{jobPath} holds no grade job.");
        await using var report = new StreamWriter(new FileStream(reportPath, FileMode.Create, FileAccess.Write, FileShare.Read));
        using var session = new ScriptSession(new ScriptSessionOptions
        {
            WorkingDirectory = job.WorkingDirectory,
            PreloadedAssemblies = [typeof(Course.Checks.Quiz).Assembly],
            CellTimeout = TimeSpan.FromSeconds(job.CellTimeoutSeconds),
        });
        foreach (var cell in job.Cells)
        {
            if (cell.CheckIds.Count > 0)
            {
                CheckFormatting.Register();
            }

            var sink = new CheckCollector();
            var result = await session.ExecuteAsync(cell.Source, sink);
            var line = new CellReport(cell.Id, result.Status.ToString(), result.Error is { } e ? $"{e.Name}: {e.Value}" : null, sink.Checks);
            await report.WriteLineAsync(JsonSerializer.Serialize(line, GradingJson.Options));
            await report.FlushAsync();
        }

        await report.WriteLineAsync(DoneLine);
        await report.FlushAsync();
        return 0;
    }

    /// <summary>Keeps the check JSON of a cell's value; ignores displays, streams and everything else.</summary>
    private sealed class CheckCollector : IOutputSink
    {
        public List<string> Checks { get; } = [];

        public void WriteStream(OutputStream stream, string text)
        {
        }

        public void WriteDisplay(FormattedValue value, string displayId)
        {
        }

        public void UpdateDisplay(FormattedValue value, string displayId)
        {
        }

        public void WriteResult(FormattedValue value, int executionCount)
        {
            if (value[CheckFormatting.JsonMimeType] is { } json)
            {
                Checks.Add(json);
            }
        }

        public void WriteError(CellError error)
        {
        }
    }
}
