namespace Course.Checks;

/// <summary>Runs a learner's code with a time limit, so a function that never returns cannot hang a check.</summary>
internal static class TimeLimited
{
    /// <summary>
    /// Runs <paramref name="work"/> on a background thread and waits at most <paramref name="limit"/>; a run
    /// that does not finish is abandoned on its thread. Where threads cannot start (.NET in a browser, one
    /// thread) the work runs on the calling thread without a limit: there the page's Stop button ends it.
    /// </summary>
    /// <param name="work">The learner's code; it catches its own exceptions.</param>
    /// <param name="limit">How long to wait.</param>
    /// <returns>Whether the work finished in time.</returns>
    public static bool Run(Action work, TimeSpan limit)
    {
        if (OperatingSystem.IsBrowser())
        {
            work();
            return true;
        }

        var worker = new Thread(() => work())
        {
            IsBackground = true,
            Name = "course-check-learner",
        };
        worker.Start();
        return worker.Join(limit);
    }
}
