namespace Course.Grading;

/// <summary>A submitted notebook and whose it is.</summary>
/// <param name="Student">The student: the first folder under the submissions folder, or the file name.</param>
/// <param name="Path">The .ipynb file.</param>
public sealed record Submission(string Student, string Path)
{
    /// <summary>
    /// The submissions under <paramref name="paths"/>: a file is one submission named after the file; a folder holds
    /// either one subfolder per student (<c>alice/03-momentum.ipynb</c>) or files named per student.
    /// </summary>
    /// <param name="paths">Files or folders.</param>
    public static IReadOnlyList<Submission> Find(IEnumerable<string> paths)
    {
        var found = new List<Submission>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*.ipynb", SearchOption.AllDirectories)
                    .Where(f => !f.Contains(".ipynb_checkpoints", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal))
                {
                    var relative = System.IO.Path.GetRelativePath(path, file).Split(System.IO.Path.DirectorySeparatorChar);
                    found.Add(new Submission(relative.Length > 1 ? relative[0] : System.IO.Path.GetFileNameWithoutExtension(file), System.IO.Path.GetFullPath(file)));
                }
            }
            else
            {
                found.Add(new Submission(System.IO.Path.GetFileNameWithoutExtension(path), System.IO.Path.GetFullPath(path)));
            }
        }

        return found;
    }
}
