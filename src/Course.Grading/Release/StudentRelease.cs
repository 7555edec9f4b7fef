using System.Text.Json.Nodes;
using Course.Notebooks.Ipynb;

namespace Course.Grading.Release;

/// <summary>
/// Turns an instructor notebook into the student version: every solution region replaced by its stub
/// (<see cref="SolutionRegions"/>) and shown (the instructor's <c>jupyter.source_hidden</c> dropped), every output and
/// execution count cleared, cell ids and check cells kept.
/// The hidden cases of the exercise checks are not in any notebook: they are drawn in the library from a seed
/// the grader keeps secret (<c>COURSE_CHECK_SEED</c>).
/// </summary>
public static class StudentRelease
{
    /// <summary>The student version of <paramref name="instructor"/> (a new notebook; the original is untouched).</summary>
    /// <param name="instructor">The instructor notebook.</param>
    /// <returns>The student notebook and how many solution regions it stubbed.</returns>
    /// <exception cref="ReleaseException">Some markers are unbalanced; the message lists every problem by cell.</exception>
    public static (Notebook Student, int Regions) Create(Notebook instructor)
    {
        ArgumentNullException.ThrowIfNull(instructor);
        var student = Notebook.Parse(instructor.ToJson());
        student.UpgradeToCellIds();
        var problems = new List<string>();
        var regions = 0;
        for (var i = 0; i < student.Cells.Count; i++)
        {
            var cell = student.Cells[i];
            if (!cell.IsCode)
            {
                continue;
            }

            cell.SetOutputs([]);
            cell.ExecutionCount = null;
            try
            {
                var (source, count) = SolutionRegions.Strip(cell.Source);
                if (count > 0)
                {
                    cell.Source = source;
                    ShowSource(cell);
                    regions += count;
                }
            }
            catch (FormatException e)
            {
                problems.Add($"cell {i + 1} (id {cell.Id}): {e.Message}");
            }
        }

        if (problems.Count > 0)
        {
            throw new ReleaseException(problems);
        }

        return (student, regions);
    }

    /// <summary>
    /// Drops <c>jupyter.source_hidden</c>, which the instructor notebook sets on cells holding a solution or an answer
    /// (JupyterLab and VS Code then show them collapsed, behind a click): in the student version that cell is the
    /// learner's to fill in.
    /// </summary>
    private static void ShowSource(NotebookCell cell)
    {
        if (cell.Metadata["jupyter"] is JsonObject jupyter)
        {
            jupyter.Remove("source_hidden");
            if (jupyter.Count == 0)
            {
                cell.Metadata.Remove("jupyter");
            }
        }
    }
}
