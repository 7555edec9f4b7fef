namespace Course.Cli.Running;

/// <summary>What <c>course run</c> was asked to do.</summary>
/// <param name="Notebooks">Full paths of the notebooks, in run order.</param>
/// <param name="OutputDirectory">The folder that receives <c>executed/</c> and <c>site/</c>.</param>
/// <param name="CellTimeout">How long one cell may run.</param>
public sealed record CourseRunRequest(IReadOnlyList<string> Notebooks, string OutputDirectory, TimeSpan CellTimeout)
{
    private const string NotebookExtension = ".ipynb";

    /// <summary>Whether to print only failures and the final result.</summary>
    public bool Quiet { get; init; }

    /// <summary>How many lessons may run at the same time (at least 1; default: one per processor).</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Whether to print where the time went, phase by phase (<see cref="PhaseTable"/>).</summary>
    public bool Timings { get; init; }

    /// <summary>Where compiled cells are kept between runs (<see cref="Notebooks.Execution.CompiledCellCache"/>); <see langword="null"/>: compile every cell.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>
    /// What is wrong with a path given on the command line, as one sentence, or <see langword="null"/> when it
    /// names a notebook or a folder holding notebooks. A path starting with <c>-</c> is an option the command
    /// does not know.
    /// </summary>
    /// <param name="path">The path as typed.</param>
    public static string? ProblemWith(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.StartsWith('-'))
        {
            return $"unknown option '{path}'.";
        }

        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            return Directory.EnumerateFiles(full, "*" + NotebookExtension).Any() ? null : $"no notebooks (*.ipynb) in the folder '{path}'.";
        }

        if (File.Exists(full))
        {
            return full.EndsWith(NotebookExtension, StringComparison.OrdinalIgnoreCase) ? null : $"'{path}' is not a notebook (.ipynb).";
        }

        return $"no notebook or folder at '{path}'{Suggestion(full)}.";
    }

    /// <summary>The notebooks named on the command line (files or folders), or every <c>notebooks/*.ipynb</c> sorted by name.</summary>
    /// <param name="paths">Paths given on the command line, already checked with <see cref="ProblemWith"/>.</param>
    /// <param name="repositoryRoot">The repository's root folder.</param>
    /// <returns>Full paths, folders expanded to their notebooks sorted by name.</returns>
    /// <exception cref="FileNotFoundException">A named path does not exist.</exception>
    public static IReadOnlyList<string> ResolveNotebooks(IReadOnlyList<string> paths, string repositoryRoot)
    {
        if (paths.Count == 0)
        {
            var folder = Path.Combine(repositoryRoot, "notebooks");
            return Directory.Exists(folder) ? InFolder(folder) : [];
        }

        var notebooks = new List<string>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                notebooks.AddRange(InFolder(full));
            }
            else if (File.Exists(full))
            {
                notebooks.Add(full);
            }
            else
            {
                throw new FileNotFoundException($"No notebook or folder at {full}.", full);
            }
        }

        return notebooks;
    }

    /// <summary>"; did you mean …" naming the notebook in the same folder whose name starts the same way, if there is one.</summary>
    private static string Suggestion(string full)
    {
        var folder = Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder))
        {
            return string.Empty;
        }

        var name = Path.GetFileNameWithoutExtension(full);
        var prefix = name.Split('-')[0];
        var match = Directory.EnumerateFiles(folder, "*" + NotebookExtension)
            .Select(Path.GetFileName)
            .Where(n => prefix.Length > 0 && n!.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        return match is null ? string.Empty : $"; did you mean '{Path.Combine(Path.GetDirectoryName(Path.GetRelativePath(Environment.CurrentDirectory, full)) ?? string.Empty, match)}'?";
    }

    private static List<string> InFolder(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*" + NotebookExtension).Order(StringComparer.Ordinal)];
}
