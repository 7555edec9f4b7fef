using System.Text;
using Course.Grading.Release;
using Course.Notebooks.Ipynb;

namespace Course.Cli.Learner;

/// <summary>
/// A self-learner's own copy of the course: every lesson in its student version (solutions stubbed, quiz answers
/// blank, outputs cleared; <see cref="StudentRelease"/>), written to a folder outside the instructor's
/// <c>notebooks/</c>. A lesson already in the folder is the learner's work and is never written over: a second
/// start adds only the lessons that are missing.
/// </summary>
public static class LearnerEdition
{
    /// <summary>The folder a learner's copy goes to when none is named: <c>my-course</c> beside <c>notebooks/</c>.</summary>
    public const string DefaultFolder = "my-course";

    /// <summary>Writes the lessons of <paramref name="notebooks"/> that <paramref name="target"/> does not have yet.</summary>
    /// <param name="notebooks">The instructor's lesson folder.</param>
    /// <param name="target">The learner's folder; created when missing.</param>
    /// <returns>The lessons added and the lessons kept as they were, by file name.</returns>
    /// <exception cref="ArgumentException">The target is a file, or lies inside the instructor's folder.</exception>
    /// <exception cref="IOException">The instructor's folder holds no lessons.</exception>
    /// <exception cref="ReleaseException">A lesson cannot be released (unbalanced solution markers).</exception>
    public static (IReadOnlyList<string> Added, IReadOnlyList<string> Kept) Start(string notebooks, string target)
    {
        ArgumentNullException.ThrowIfNull(notebooks);
        ArgumentNullException.ThrowIfNull(target);
        var source = Path.GetFullPath(notebooks);
        var folder = Path.GetFullPath(target);
        if (File.Exists(folder))
        {
            throw new ArgumentException($"{target} is a file; name a folder for your copy of the course.");
        }

        if (IsInside(folder, source))
        {
            throw new ArgumentException($"{target} is inside the instructor's lessons ({notebooks}); choose a folder outside it, such as {DefaultFolder}.");
        }

        var lessons = Directory.Exists(source) ? Directory.GetFiles(source, "*.ipynb").Order(StringComparer.Ordinal).ToArray() : [];
        if (lessons.Length == 0)
        {
            throw new IOException($"no lessons found in {notebooks}; run this from the course repository.");
        }

        var missing = lessons.Where(l => !File.Exists(Path.Combine(folder, Path.GetFileName(l)))).ToArray();
        var students = missing.Select(l => (Name: Path.GetFileName(l), Json: StudentRelease.Create(Notebook.Load(l)).Student.ToJson())).ToArray();
        Directory.CreateDirectory(folder);
        var added = new List<string>();
        foreach (var (name, json) in students)
        {
            try
            {
                // CreateNew: a file that appeared since the check above is the learner's, and stays theirs.
                using var stream = new FileStream(Path.Combine(folder, name), FileMode.CreateNew, FileAccess.Write);
                stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(json));
                added.Add(name);
            }
            catch (IOException) when (File.Exists(Path.Combine(folder, name)))
            {
            }
        }

        var kept = lessons.Select(Path.GetFileName).OfType<string>().Except(added, StringComparer.Ordinal).ToArray();
        return (added, kept);
    }

    private static bool IsInside(string folder, string parent)
    {
        var relative = Path.GetRelativePath(parent, folder);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }
}
