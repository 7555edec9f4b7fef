namespace Course.Grading;

/// <summary>Grades a class <c>jobs</c> submissions at a time (each still in its own worker), keeping the submissions' order.</summary>
public static class ParallelGrading
{
    /// <summary>Grades every submission with at most <paramref name="jobs"/> running at once.</summary>
    /// <param name="grader">The grader.</param>
    /// <param name="submissions">The submissions, in the run's order.</param>
    /// <param name="jobs">How many submissions run at once (at least 1).</param>
    /// <param name="cancellationToken">Stops grading.</param>
    /// <returns>The grades, in the order of <paramref name="submissions"/>.</returns>
    public static async Task<IReadOnlyList<SubmissionGrade>> GradeAsync(Grader grader, IReadOnlyList<Submission> submissions, int jobs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grader);
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        var grades = new SubmissionGrade[submissions.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, submissions.Count),
            new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancellationToken },
            async (i, token) => grades[i] = await grader.GradeAsync(submissions[i], token));
        return grades;
    }
}
