namespace Course.Grading.Release;

/// <summary>A notebook cannot be released: unbalanced markers or a student version that does not compile.</summary>
public sealed class ReleaseException : Exception
{
    /// <summary>Creates the exception from its problems, one line each.</summary>
    /// <param name="problems">What is wrong, each naming the cell.</param>
    public ReleaseException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems)) => Problems = problems;

    /// <summary>Creates the exception with one message.</summary>
    public ReleaseException()
        : this(["The notebook cannot be released."])
    {
    }

    /// <summary>Creates the exception with one message.</summary>
    /// <param name="message">What is wrong.</param>
    public ReleaseException(string message)
        : this([message])
    {
    }

    /// <summary>Creates the exception with one message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ReleaseException(string message, Exception innerException)
        : base(message, innerException) => Problems = [message];

    /// <summary>Every problem found, one line each.</summary>
    public IReadOnlyList<string> Problems { get; }
}
