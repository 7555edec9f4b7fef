namespace Course.Cli.Running;

/// <summary>What <c>course run</c> was asked to do.</summary>
/// <param name="Notebooks">Full paths of the notebooks, in run order.</param>
/// <param name="OutputDirectory">The folder that receives <c>executed/</c> and <c>site/</c>.</param>
/// <param name="CellTimeout">How long one cell may run.</param>
public sealed record CourseRunRequest(IReadOnlyList<string> Notebooks, string OutputDirectory, TimeSpan CellTimeout)
{
    /// <summary>The notebooks named on the command line (files or folders), or every <c>notebooks/*.ipynb</c> sorted by name.</summary>
    /// <param name="paths">Paths given on the command line.</param>
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

    private static List<string> InFolder(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.ipynb").Order(StringComparer.Ordinal)];
}
