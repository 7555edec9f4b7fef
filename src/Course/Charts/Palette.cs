namespace Course.Charts;

/// <summary>The colours charts give their series when one series must keep its colour across several panels or traces.</summary>
internal static class Palette
{
    /// <summary>D3's ten categorical colours, the ones plotly.py and matplotlib use by default.</summary>
    public static readonly string[] Category10 =
        ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

    /// <summary>The colour of series number <paramref name="index"/>.</summary>
    public static string Colour(int index) => Category10[index % Category10.Length];
}
