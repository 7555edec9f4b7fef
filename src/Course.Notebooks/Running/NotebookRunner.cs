using System.Diagnostics;
using Course.Notebooks.Execution;
using Course.Notebooks.Ipynb;

namespace Course.Notebooks.Running;

/// <summary>
/// Runs a notebook's C# cells top to bottom in one <see cref="ScriptSession"/>, in the notebook's
/// folder, writing each cell's outputs into a copy of the notebook. As <c>jupyter nbconvert --execute</c>
/// does, the run stops at the first cell that fails or times out; the cells after it keep no outputs and
/// are reported as not run.
/// </summary>
public static class NotebookRunner
{
    /// <summary>Runs a notebook file.</summary>
    /// <param name="path">The .ipynb file; cells run in its folder.</param>
    /// <param name="options">Timeout and preloaded assemblies.</param>
    /// <param name="observer">Hears about each cell, if given.</param>
    /// <param name="cancellationToken">Interrupts the run.</param>
    /// <returns>The executed copy and what happened to each cell. The file itself is not changed.</returns>
    public static Task<NotebookRunResult> RunAsync(
        string path,
        NotebookRunOptions options,
        INotebookRunObserver? observer = null,
        CancellationToken cancellationToken = default)
    {
        var notebook = Notebook.Load(path);
        return RunAsync(notebook, Path.GetDirectoryName(Path.GetFullPath(path))!, options, observer, cancellationToken);
    }

    /// <summary>Runs a notebook.</summary>
    /// <param name="notebook">The notebook; it is not changed.</param>
    /// <param name="workingDirectory">The folder cells run in (the notebook's folder).</param>
    /// <param name="options">Timeout and preloaded assemblies.</param>
    /// <param name="observer">Hears about each cell, if given.</param>
    /// <param name="cancellationToken">Interrupts the run.</param>
    /// <returns>The executed copy (nbformat 4.5, the course kernelspec) and what happened to each cell.</returns>
    public static async Task<NotebookRunResult> RunAsync(
        Notebook notebook,
        string workingDirectory,
        NotebookRunOptions options,
        INotebookRunObserver? observer = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(options);
        var stopwatch = Stopwatch.StartNew();
        var executed = Notebook.Parse(notebook.ToJson());
        executed.UpgradeToCellIds();
        executed.UseCourseKernel();

        var sessionOptions = new ScriptSessionOptions
        {
            WorkingDirectory = workingDirectory,
            CellTimeout = options.CellTimeout,
            PreloadedAssemblies = options.PreloadedAssemblies,
            CompiledCells = options.CompiledCells,
        };
        if (options.PackageCacheDirectory is { } cache)
        {
            sessionOptions = sessionOptions with { PackageCacheDirectory = cache };
        }

        using var session = new ScriptSession(sessionOptions);
        var writer = new NotebookOutputWriter();
        var codeCells = executed.Cells.Select((cell, index) => (cell, index)).Where(c => c.cell.IsCode).ToList();
        var runs = new List<CellRun>();
        var stopped = false;
        for (var i = 0; i < codeCells.Count; i++)
        {
            var (cell, index) = codeCells[i];
            if (stopped)
            {
                cell.SetOutputs([]);
                cell.ExecutionCount = null;
                runs.Add(Report(observer, new CellRun(index, i + 1, cell.Id, null, null, TimeSpan.Zero)));
                continue;
            }

            observer?.CellStarting(i + 1, codeCells.Count);
            writer.BeginCell(cell);
            CellRun run;
            if (!IsCSharp(cell.Language))
            {
                var error = new CellError(
                    "UnsupportedLanguage",
                    $"This cell is {cell.Language}; the course engine runs C# cells only.",
                    [$"This cell's metadata names the language {cell.Language}; the course engine runs C# cells only."]);
                writer.WriteError(error);
                cell.ExecutionCount = null;
                run = new CellRun(index, i + 1, cell.Id, CellStatus.Failed, error, TimeSpan.Zero);
            }
            else
            {
                var result = await session.ExecuteAsync(cell.Source, writer, cancellationToken);
                cell.ExecutionCount = result.ExecutionCount;
                run = new CellRun(index, i + 1, cell.Id, result.Status, result.Error, result.Elapsed) { Timings = result.Timings };
            }

            runs.Add(Report(observer, run));
            stopped = run.Status != CellStatus.Succeeded;
        }

        return new NotebookRunResult(executed, runs, stopwatch.Elapsed);
    }

    private static bool IsCSharp(string language) =>
        language.Equals("csharp", StringComparison.OrdinalIgnoreCase) || language.Equals("C#", StringComparison.OrdinalIgnoreCase);

    private static CellRun Report(INotebookRunObserver? observer, CellRun run)
    {
        observer?.CellFinished(run);
        return run;
    }
}
