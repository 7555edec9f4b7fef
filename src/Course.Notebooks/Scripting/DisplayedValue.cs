using Course.Notebooks.Execution;

namespace Course.Notebooks.Scripting;

/// <summary>A value shown with <c>display(x)</c>; <see cref="Update"/> replaces it in place.</summary>
public sealed class DisplayedValue
{
    private readonly ScriptSession session;

    internal DisplayedValue(ScriptSession session, string displayId, IReadOnlyList<string> mimeTypes)
    {
        this.session = session;
        DisplayId = displayId;
        MimeTypes = mimeTypes;
    }

    /// <summary>The id that ties later updates to this display (Jupyter's <c>display_id</c>).</summary>
    public string DisplayId { get; }

    /// <summary>The MIME types the value was shown in; empty means the formatter's preferred ones.</summary>
    public IReadOnlyList<string> MimeTypes { get; }

    /// <summary>Shows <paramref name="value"/> in place of what this display showed before.</summary>
    /// <param name="value">The new value.</param>
    public void Update(object? value) => session.UpdateDisplay(DisplayId, ValueFormatter.Format(value, MimeTypes));
}
