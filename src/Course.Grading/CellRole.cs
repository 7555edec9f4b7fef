namespace Course.Grading;

/// <summary>What a code cell of a lesson is for, which decides whose source the grader runs.</summary>
public enum CellRole
{
    /// <summary>Lesson code with no solution and no check: the grader runs its own copy.</summary>
    Setup,

    /// <summary>An exercise cell with line markers: the grader runs the learner's version.</summary>
    Solution,

    /// <summary>A quiz cell with an inline answer region: the grader runs its own cell with the learner's answer put in.</summary>
    Answer,

    /// <summary>A check cell (<c>Exercise.Check</c>, <c>Quiz.Ask</c>): the grader runs its own copy.</summary>
    Check,
}
