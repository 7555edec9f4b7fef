using Course.Surfaces;

namespace Course.Charts;

/// <summary>Argument checks the chart builders share.</summary>
internal static class ChartArguments
{
    /// <summary>The legend names for <paramref name="runs"/>: the given names, or each run's optimizer name.</summary>
    public static string[] Names(IReadOnlyList<TrajectoryResult> runs, IEnumerable<string>? names, string argument)
    {
        if (runs.Any(r => r is null))
        {
            throw new ArgumentException("The list of trajectories contains a null.", argument);
        }

        var labels = names?.ToArray() ?? runs.Select(r => r.OptimizerName).ToArray();
        if (labels.Length != runs.Count)
        {
            throw new ArgumentException($"{argument} has {labels.Length} entries but there are {runs.Count} trajectories; give one name per trajectory.", argument);
        }

        return labels;
    }
}
