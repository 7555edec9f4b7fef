namespace Course.Checks;

/// <summary>What sort of check produced a <see cref="CheckResult"/>.</summary>
public enum CheckKind
{
    /// <summary>Pick one lettered choice.</summary>
    MultipleChoice,

    /// <summary>A statement that is either true or false.</summary>
    TrueFalse,

    /// <summary>A number, graded within a tolerance and given in a unit.</summary>
    Numeric,

    /// <summary>Put a few items in the right order.</summary>
    Ordering,

    /// <summary>A function the learner writes, run on hidden cases.</summary>
    Exercise,
}
