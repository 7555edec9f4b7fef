using System.Text;
using System.Text.Json;
using Course.Notebooks.Execution;

namespace Course.Grading.Worker;

/// <summary>
/// The untrusted side of grading: reads a <see cref="GradeJob"/> from standard input, runs its cells on a fresh
/// <see cref="ScriptSession"/>, and after each cell writes one <see cref="CellReport"/> line to standard output,
/// flushed, so whatever ends the process early the cells already run are kept. After a probe cell it calls the
/// learner's function on the probe's inputs and reports the outputs. It knows no seed and no expected value:
/// the grader judges everything it says. Whatever learner code prints goes to the engine's sinks, which the
/// worker discards.
/// </summary>
public static class GradeWorker
{
    /// <summary>The line written after the last cell.</summary>
    public const string DoneLine = "{\"done\":true}";

    /// <summary>The largest job read from standard input: 16 MB.</summary>
    public const int MaxJobBytes = 16 << 20;

    /// <summary>Runs the job on <paramref name="input"/> and reports on <paramref name="output"/>.</summary>
    /// <param name="input">The job JSON.</param>
    /// <param name="output">Where report lines go.</param>
    /// <returns>0 when every cell was run (whatever its outcome), 2 when the job could not be read.</returns>
    public static async Task<int> RunAsync(Stream input, Stream output)
    {
        GradeJob? job;
        try
        {
            using var buffer = new MemoryStream();
            await CopyBoundedAsync(input, buffer);
            job = JsonSerializer.Deserialize<GradeJob>(buffer.ToArray(), GradingJson.Options);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            await Console.Error.WriteLineAsync($"grade worker: the job could not be read: {e.Message}");
            return 2;
        }

        if (job is null)
        {
            return 2;
        }

        await using var report = new StreamWriter(output, new UTF8Encoding(false)) { AutoFlush = false };
        Console.SetOut(TextWriter.Null);
        using var session = new ScriptSession(new ScriptSessionOptions
        {
            WorkingDirectory = job.WorkingDirectory,
            PreloadedAssemblies = [typeof(Course.Checks.Quiz).Assembly, typeof(Probe).Assembly],
            CellTimeout = TimeSpan.FromSeconds(job.CellTimeoutSeconds),
        });
        foreach (var cell in job.Cells)
        {
            Probe.Take();
            var result = await session.ExecuteAsync(cell.Source, Discard.Instance);
            var probe = cell.Probe is not null && result.Status == CellStatus.Succeeded && Probe.Take() is { } function
                ? ProbeRunner.Run(cell.Probe, function)
                : null;
            var line = new CellReport(cell.Id, result.Status.ToString(), result.Error is { } e ? $"{e.Name}: {e.Value}" : null, probe);
            await report.WriteLineAsync(JsonSerializer.Serialize(line, GradingJson.Options));
            await report.FlushAsync();
        }

        await report.WriteLineAsync(DoneLine);
        await report.FlushAsync();
        return 0;
    }

    private static async Task CopyBoundedAsync(Stream input, Stream buffer)
    {
        var chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk)) > 0)
        {
            if (buffer.Length + read > MaxJobBytes)
            {
                throw new InvalidDataException($"the job is larger than {MaxJobBytes} bytes");
            }

            await buffer.WriteAsync(chunk.AsMemory(0, read));
        }
    }

    /// <summary>Drops every output: only the probe's data is reported.</summary>
    private sealed class Discard : IOutputSink
    {
        public static Discard Instance { get; } = new();

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
        }

        public void WriteError(CellError error)
        {
        }
    }
}
