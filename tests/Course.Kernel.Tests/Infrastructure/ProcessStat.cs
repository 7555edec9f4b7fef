using System.Globalization;

namespace Course.Kernel.Tests.Infrastructure;

/// <summary>A process as Linux's <c>/proc/PID/stat</c> describes it: whether it runs, and the CPU time it has used.</summary>
internal static class ProcessStat
{
    private static readonly double TicksPerSecond = 100; // USER_HZ, 100 on every Linux architecture .NET runs on

    /// <summary>Whether the process exists and is not a zombie.</summary>
    public static bool IsRunning(int pid) => Fields(pid) is { } fields && fields[0] is not ("Z" or "X");

    /// <summary>User plus system CPU time the process has used so far.</summary>
    public static TimeSpan CpuTime(int pid)
    {
        var fields = Fields(pid) ?? throw new InvalidOperationException($"process {pid} is gone");
        // After "pid (comm)": state is field 3; utime and stime are fields 14 and 15.
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>The fields after the command name, starting with the state, or null when the process is gone.</summary>
    private static string[]? Fields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
    }
}
