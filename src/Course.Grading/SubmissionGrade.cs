namespace Course.Grading;

/// <summary>The grade of one submitted notebook.</summary>
/// <param name="Student">The student's name (their folder, or the file name).</param>
/// <param name="Lesson">The lesson it was graded as, or empty when it could not be identified.</param>
/// <param name="Path">The submission file.</param>
/// <param name="Error">Why the submission could not be graded at all, or <see langword="null"/>.</param>
/// <param name="Checks">Every check of the lesson, graded.</param>
/// <param name="Notes">What the grader replaced, refused or could not run.</param>
public sealed record SubmissionGrade(string Student, string Lesson, string Path, string? Error, IReadOnlyList<CheckGrade> Checks, IReadOnlyList<string> Notes)
{
    /// <summary>Points earned.</summary>
    public double Score => Checks.Sum(c => c.Score);

    /// <summary>Points available.</summary>
    public double MaxScore => Checks.Sum(c => c.MaxScore);

    /// <summary>The score as a percentage of the maximum (0 when there is nothing to score).</summary>
    public double Percent => MaxScore > 0 ? 100 * Score / MaxScore : 0;
}
