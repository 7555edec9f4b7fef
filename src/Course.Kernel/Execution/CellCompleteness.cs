namespace Course.Kernel.Execution;

/// <summary>Whether code typed so far is a whole cell (the values of <c>is_complete_reply</c>'s status).</summary>
public enum CellCompleteness
{
    /// <summary>The code can run as it is.</summary>
    Complete,

    /// <summary>The code needs more lines (an open brace, an unfinished statement).</summary>
    Incomplete,

    /// <summary>The code has an error more lines cannot fix.</summary>
    Invalid,
}
