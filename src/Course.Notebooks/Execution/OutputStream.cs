namespace Course.Notebooks.Execution;

/// <summary>The two text streams a cell can write to.</summary>
public enum OutputStream
{
    /// <summary><c>Console.Out</c>; nbformat name <c>stdout</c>.</summary>
    StandardOutput,

    /// <summary><c>Console.Error</c>; nbformat name <c>stderr</c>.</summary>
    StandardError,
}
