namespace Course.Checks.Exercises;

/// <summary>
/// An exception the learner's function threw in another process (the grader's sandboxed worker), known only by
/// its type name and message: feedback names it as if it had been thrown here.
/// </summary>
internal sealed class ReportedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="typeName">The thrown exception's type name, such as <c>IndexOutOfRangeException</c>.</param>
    /// <param name="message">Its message.</param>
    public ReportedException(string typeName, string message)
        : base(message)
    {
        TypeName = typeName;
    }

    /// <summary>The thrown exception's type name.</summary>
    public string TypeName { get; }

    /// <summary>The type name feedback shows for <paramref name="error"/>.</summary>
    /// <param name="error">An exception thrown here or reported from a worker.</param>
    public static string NameOf(Exception error) => error is ReportedException reported ? reported.TypeName : error.GetType().Name;
}
