namespace Course.Checks.Sessions;

/// <summary>Where one check stands for a learner.</summary>
public enum CheckStanding
{
    /// <summary>The check has not run, or ran with the answer still empty / the exercise still a stub.</summary>
    NotTried,

    /// <summary>The latest result is fully correct.</summary>
    Passed,

    /// <summary>The latest result is wrong or only partly correct.</summary>
    Failed,
}
