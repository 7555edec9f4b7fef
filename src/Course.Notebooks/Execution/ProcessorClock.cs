using System.Diagnostics;

namespace Course.Notebooks.Execution;

/// <summary>
/// Processor time used by the whole process so far (user and kernel, every thread; microsecond resolution), which a
/// busy machine does not inflate the way it inflates wall-clock time. Where the platform cannot say (the browser),
/// wall-clock time: there the runtime has one thread, so its wall time is the time it worked or waited.
/// </summary>
internal readonly record struct ProcessorClock(TimeSpan Started)
{
    /// <summary>A clock started now.</summary>
    public static ProcessorClock StartNew() => new(Now);

    /// <summary>Processor time used since the clock started.</summary>
    public TimeSpan Elapsed => Now - Started;

    private static TimeSpan Now => OperatingSystem.IsBrowser() || OperatingSystem.IsWasi()
        ? Stopwatch.GetElapsedTime(0)
        : Environment.CpuUsage.TotalTime;
}
