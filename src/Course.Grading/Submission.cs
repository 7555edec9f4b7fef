namespace Course.Grading;

/// <summary>A submitted notebook and whose it is.</summary>
/// <param name="Student">The student: the first folder under the submissions folder, or the file name.</param>
/// <param name="Path">The .ipynb file.</param>
/// <param name="Refusal">Why the file is not read at all (a symbolic link, for example), or <see langword="null"/>.</param>
public sealed record Submission(string Student, string Path, string? Refusal = null)
{
    /// <summary>
    /// The submissions under <paramref name="paths"/>, in a fixed order (a run, a shard and a merge all see the same
    /// list): a file is one submission named after the file; a folder holds either one subfolder per student
    /// (<c>alice/03-momentum.ipynb</c>) or files named per student. Hidden entries, zip metadata
    /// (<c>__MACOSX/</c>, <c>._x.ipynb</c>) and Jupyter checkpoints are skipped; a symbolic link inside a folder
    /// is never followed and is listed as refused, so the instructor sees it.
    /// </summary>
    /// <param name="paths">Files or folders given by the instructor.</param>
    /// <exception cref="FileNotFoundException">A path does not exist.</exception>
    public static IReadOnlyList<Submission> Find(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var found = new List<Submission>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                found.AddRange(InFolder(path));
            }
            else if (File.Exists(path) || new FileInfo(path).LinkTarget is not null)
            {
                found.Add(new Submission(System.IO.Path.GetFileNameWithoutExtension(path), System.IO.Path.GetFullPath(path)));
            }
            else
            {
                throw new FileNotFoundException($"no submission file or folder at {path}", path);
            }
        }

        return found;
    }

    private static List<Submission> InFolder(string root)
    {
        var found = new List<Submission>();
        var pending = new Stack<string>();
        pending.Push(System.IO.Path.GetFullPath(root));
        while (pending.TryPop(out var folder))
        {
            var entries = Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal).ToArray();
            foreach (var entry in entries.Reverse())
            {
                var name = System.IO.Path.GetFileName(entry);
                if (name.StartsWith('.') || name == "__MACOSX")
                {
                    continue;
                }

                var relative = System.IO.Path.GetRelativePath(root, entry).Split(System.IO.Path.DirectorySeparatorChar);
                var student = relative.Length > 1 ? relative[0] : System.IO.Path.GetFileNameWithoutExtension(entry);
                var notebook = name.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase);
                if (new FileInfo(entry).LinkTarget is not null)
                {
                    if (notebook || Directory.Exists(entry))
                    {
                        found.Add(new Submission(relative.Length > 1 ? relative[0] : name, entry, $"{string.Join('/', relative)} is a symbolic link; the grader reads only regular files inside the submissions folder, so it was not graded."));
                    }
                }
                else if (Directory.Exists(entry))
                {
                    pending.Push(entry);
                }
                else if (notebook)
                {
                    found.Add(new Submission(student, entry));
                }
            }
        }

        return [.. found.OrderBy(s => s.Path, StringComparer.Ordinal)];
    }
}
