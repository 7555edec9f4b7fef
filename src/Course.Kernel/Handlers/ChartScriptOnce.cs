using Course.Notebooks.Execution;
using Course.Notebooks.Running;

namespace Course.Kernel.Handlers;

/// <summary>
/// Puts plotly.js in front of the first chart a kernel session shows, as <c>course run</c> does for the
/// first chart of an executed notebook, so charts draw with no internet; later charts use it.
/// </summary>
public sealed class ChartScriptOnce
{
    private const string Html = "text/html";
    private readonly Func<string> plotlyScript;
    private bool injected;

    /// <summary>Creates the injector for one kernel session.</summary>
    /// <param name="plotlyScript">Supplies the plotly.js source (read only when the first chart shows).</param>
    public ChartScriptOnce(Func<string> plotlyScript)
    {
        ArgumentNullException.ThrowIfNull(plotlyScript);
        this.plotlyScript = plotlyScript;
    }

    /// <summary>The value as it should be published: with plotly.js added if it is this session's first chart.</summary>
    /// <param name="value">A formatted value about to be published.</param>
    public FormattedValue Apply(FormattedValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (injected || value[Html] is not { } html || !ChartScriptInjector.IsChart(html))
        {
            return value;
        }

        injected = true;
        var script = ChartScriptInjector.WithScript(html, plotlyScript());
        return new FormattedValue([.. value.Contents.Select(c => c.MimeType == Html ? c with { Content = script } : c)]);
    }
}
