using System.Diagnostics;
using System.Globalization;

namespace Course.Kernel;

/// <summary>
/// Ends the kernel when the client process that started it dies, as ipykernel does: Jupyter clients put
/// their process id in <c>JPY_PARENT_PID</c>, and a client that is killed (or crashes) before shutting its
/// kernel down must not leave the kernel running.
/// </summary>
public sealed class ParentProcessWatch : IDisposable
{
    /// <summary>The environment variable Jupyter clients set to their own process id.</summary>
    public const string Variable = "JPY_PARENT_PID";

    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private readonly Timer timer;

    private ParentProcessWatch(int parent, Action parentExited)
    {
        var fired = 0;
        timer = new Timer(
            _ =>
            {
                if (!IsAlive(parent) && Interlocked.Exchange(ref fired, 1) == 0)
                {
                    parentExited();
                }
            },
            null,
            Interval,
            Interval);
    }

    /// <summary>
    /// Starts watching the process named by <paramref name="parentProcessId"/> (the value of
    /// <see cref="Variable"/>); <see langword="null"/>, watching nothing, when it is unset or not a process id.
    /// </summary>
    /// <param name="parentProcessId">The variable's value, or <see langword="null"/>.</param>
    /// <param name="parentExited">Called once, on a timer thread, when the parent is gone.</param>
    public static ParentProcessWatch? Start(string? parentProcessId, Action parentExited)
    {
        ArgumentNullException.ThrowIfNull(parentExited);
        return int.TryParse(parentProcessId, NumberStyles.None, CultureInfo.InvariantCulture, out var parent) && parent > 1
            ? new ParentProcessWatch(parent, parentExited)
            : null;
    }

    /// <summary>Whether process <paramref name="processId"/> exists and has not exited (a zombie counts as exited).</summary>
    /// <param name="processId">The process id.</param>
    public static bool IsAlive(int processId)
    {
        if (OperatingSystem.IsLinux())
        {
            string stat;
            try
            {
                stat = File.ReadAllText($"/proc/{processId}/stat");
            }
            catch (IOException)
            {
                return false;
            }

            // "pid (command) S …": the state follows the last ')'; Z is a zombie, X dead.
            var state = stat[(stat.LastIndexOf(')') + 1)..].TrimStart().FirstOrDefault();
            return state is not ('Z' or 'X');
        }

        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Stops watching.</summary>
    public void Dispose() => timer.Dispose();
}
