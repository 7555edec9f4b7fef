using Course.Notebooks.Execution;

namespace Course.Notebooks.Scripting;

/// <summary>The <c>x.Display()</c> extension cells use to show a value before the cell ends.</summary>
public static class DisplayExtensions
{
    /// <summary>Shows a value now, formatted for its preferred MIME types (or exactly <paramref name="mimeTypes"/>).</summary>
    /// <param name="value">The value to show.</param>
    /// <param name="mimeTypes">Optional MIME types to format the value in.</param>
    /// <returns>A handle whose <see cref="DisplayedValue.Update"/> replaces the shown value.</returns>
    /// <exception cref="InvalidOperationException">Called outside a running cell.</exception>
    public static DisplayedValue Display(this object? value, params string[] mimeTypes)
    {
        var session = ScriptSession.Current
            ?? throw new InvalidOperationException("Display() can only be called from code running in a notebook cell.");
        return session.Display(value, mimeTypes);
    }
}
