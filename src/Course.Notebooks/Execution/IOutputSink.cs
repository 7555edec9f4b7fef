namespace Course.Notebooks.Execution;

/// <summary>
/// Receives what a running cell produces, in the order it produces it. The .ipynb writer,
/// the static site and the Jupyter kernel each implement it; the shapes mirror Jupyter's
/// iopub messages (stream, display_data, update_display_data, execute_result, error).
/// </summary>
/// <remarks>
/// Calls may arrive from any thread the cell's code runs on (for example inside
/// <c>Task.Run</c>), but never concurrently for one sink: the session serialises them.
/// </remarks>
public interface IOutputSink
{
    /// <summary>Text written to standard output or standard error.</summary>
    /// <param name="stream">Which stream the text was written to.</param>
    /// <param name="text">The text, possibly several lines, possibly without a final newline.</param>
    void WriteStream(OutputStream stream, string text);

    /// <summary>A value shown with <c>display(x)</c>, <c>x.Display()</c> or <c>HTML(...)</c>.</summary>
    /// <param name="value">The value formatted for every MIME type it has.</param>
    /// <param name="displayId">The id a later <see cref="UpdateDisplay"/> refers to.</param>
    void WriteDisplay(FormattedValue value, string displayId);

    /// <summary>Replaces, wherever it is shown, the display written earlier with the same id.</summary>
    /// <param name="value">The new value.</param>
    /// <param name="displayId">The id given to <see cref="WriteDisplay"/>.</param>
    void UpdateDisplay(FormattedValue value, string displayId);

    /// <summary>The value of the cell's last expression (not written after a trailing <c>;</c>).</summary>
    /// <param name="value">The formatted value.</param>
    /// <param name="executionCount">The session's execution counter for this cell.</param>
    void WriteResult(FormattedValue value, int executionCount);

    /// <summary>A compile error, an exception, a timeout, an interruption or an unsupported directive.</summary>
    /// <param name="error">What went wrong, with cell-relative line numbers where known.</param>
    void WriteError(CellError error);
}
