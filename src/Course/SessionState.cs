using System.Collections.Concurrent;
using Course.Checks;
using Course.Display;

namespace Course;

/// <summary>
/// The library's state that belongs to one notebook session rather than to the whole process: the display settings
/// (<see cref="DisplaySettings"/>) and the checks run so far (which exercises reuse and progress reads). A kernel runs
/// one session per process and never calls this class. A host that runs several notebooks in one process at the same
/// time (<c>course run</c> runs lessons in parallel) calls <see cref="Isolate"/> at the start of each, so that what
/// one lesson sets or checks never reaches another, whatever the order they run in.
/// </summary>
public static class SessionState
{
    private static readonly AsyncLocal<Values?> Isolated = new();
    private static readonly Values ProcessWide = new();

    /// <summary>The state of the session running on the calling flow: its own after <see cref="Isolate"/>, else the process's.</summary>
    internal static Values Current => Isolated.Value ?? ProcessWide;

    /// <summary>
    /// Gives the calling async flow fresh state, at its defaults: the flow and every task or cell it starts from now on
    /// read and change that state (a change made inside a cell is seen by the cells after it), and nothing else does.
    /// The isolation ends when the async method that called this returns.
    /// </summary>
    public static void Isolate() => Isolated.Value = new Values();

    /// <summary>One session's state; mutable, so a change made on a child flow (a cell's task) is seen by the flow that started it.</summary>
    internal sealed class Values
    {
        /// <summary>See <see cref="DisplaySettings.SignificantDigits"/>.</summary>
        public int SignificantDigits { get; set; } = DisplaySettings.DefaultSignificantDigits;

        /// <summary>See <see cref="DisplaySettings.MaxRows"/>.</summary>
        public int MaxRows { get; set; } = DisplaySettings.DefaultMaxRows;

        /// <summary>The latest result of each check id, with the learner's function for an exercise.</summary>
        public ConcurrentDictionary<string, (CheckResult Result, Delegate? Function)> Checks { get; } = new(StringComparer.Ordinal);
    }
}
