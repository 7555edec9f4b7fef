using System.Text.RegularExpressions;
using Course.Checks;
using Course.Grading.Release;
using Course.Grading.Worker;
using Course.Notebooks.Ipynb;

namespace Course.Grading;

/// <summary>
/// The grader's copy of one lesson: its code cells with their roles, the released source of each, and the checks
/// with their points. Built from the instructor notebook, never from a submission.
/// </summary>
public sealed partial class LessonKey
{
    private LessonKey(string name, string directory, IReadOnlyList<LessonCell> cells)
    {
        Name = name;
        Directory = directory;
        Cells = cells;
    }

    /// <summary>The lesson's file name without extension, such as <c>03-momentum</c>.</summary>
    public string Name { get; }

    /// <summary>The folder the lesson lives in (cells run with it as the working directory).</summary>
    public string Directory { get; }

    /// <summary>The code cells, in order.</summary>
    public IReadOnlyList<LessonCell> Cells { get; }

    /// <summary>Every check of the lesson with its points, in cell order.</summary>
    public IReadOnlyList<(string Id, double MaxScore)> Checks =>
        Cells.SelectMany(c => c.CheckIds).Distinct().Select(id => (id, CheckCatalog.MaxScore(id) ?? 0)).ToArray();

    /// <summary>Reads the instructor notebook at <paramref name="path"/>.</summary>
    /// <param name="path">An instructor .ipynb.</param>
    /// <exception cref="ReleaseException">The notebook's solution markers are unbalanced.</exception>
    public static LessonKey Load(string path)
    {
        var instructor = Notebook.Load(path);
        instructor.UpgradeToCellIds();
        StudentRelease.Create(instructor);
        var cells = new List<LessonCell>();
        for (var i = 0; i < instructor.Cells.Count; i++)
        {
            var cell = instructor.Cells[i];
            if (!cell.IsCode)
            {
                continue;
            }

            var source = Remark(cell.Source);
            var ids = CheckCalls.Ids(source);
            var role = SolutionRegions.HasInlineRegion(source) ? CellRole.Answer
                : SolutionRegions.HasMarkers(source) || source.Contains(StubCall, StringComparison.Ordinal) ? CellRole.Solution
                : ids.Count > 0 ? CellRole.Check
                : CellRole.Setup;
            cells.Add(new LessonCell(cell.Id!, role, source, SolutionRegions.Strip(source).Source, ids));
        }

        return new LessonKey(Path.GetFileNameWithoutExtension(path), Path.GetDirectoryName(Path.GetFullPath(path))!, cells);
    }

    /// <summary>
    /// A released (student) notebook has no markers left; its stubs still mark the learner's regions. A quiz answer
    /// <c>""</c> gets its inline markers back, so the same notebook can serve as the grader's copy for <c>course check</c>.
    /// </summary>
    private static string Remark(string source) =>
        SolutionRegions.HasMarkers(source) ? source : EmptyAnswer().Replace(source, m => $"{m.Groups["call"].Value}/* BEGIN SOLUTION */ \"\" /* END SOLUTION */{m.Groups["close"].Value}");

    private const string StubCall = "throw new NotImplementedException(";

    [GeneratedRegex("""(?<call>Quiz\.Ask\s*\(\s*"[^"]+"\s*,\s*)""(?<close>\s*\))""")]
    private static partial Regex EmptyAnswer();
}
