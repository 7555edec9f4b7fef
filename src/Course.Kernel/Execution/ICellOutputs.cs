namespace Course.Kernel.Execution;

/// <summary>Where a running cell's outputs go. Each bundle maps MIME types to their text.</summary>
public interface ICellOutputs
{
    /// <summary>Text written to standard output or standard error.</summary>
    /// <param name="name"><c>stdout</c> or <c>stderr</c>.</param>
    /// <param name="text">The text written.</param>
    void Stream(string name, string text);

    /// <summary>A displayed value (<c>display(x)</c>), with its display id when it can be updated later.</summary>
    /// <param name="data">MIME type to representation.</param>
    /// <param name="displayId">Id under which later updates replace this output, or <see langword="null"/>.</param>
    void Display(IReadOnlyDictionary<string, string> data, string? displayId);

    /// <summary>Replaces every output shown under <paramref name="displayId"/>.</summary>
    /// <param name="data">MIME type to representation.</param>
    /// <param name="displayId">Id of the display being updated.</param>
    void UpdateDisplay(IReadOnlyDictionary<string, string> data, string displayId);

    /// <summary>The value of the cell's last expression.</summary>
    /// <param name="data">MIME type to representation.</param>
    void Result(IReadOnlyDictionary<string, string> data);

    /// <summary>The cell failed.</summary>
    /// <param name="name">Exception type name.</param>
    /// <param name="message">Exception message.</param>
    /// <param name="traceback">Lines to show, first the summary.</param>
    void Error(string name, string message, IReadOnlyList<string> traceback);
}
