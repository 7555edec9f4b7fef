using Course.Notebooks.Ipynb;

namespace Course.Grading.Release;

/// <summary>
/// Turns an instructor notebook into the student version: every solution region replaced by its stub
/// (<see cref="SolutionRegions"/>), every output and execution count cleared, cell ids and check cells kept.
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
                    CellSource.Set(cell, source);
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
}
