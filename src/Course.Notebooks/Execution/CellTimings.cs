namespace Course.Notebooks.Execution;

/// <summary>
/// Where a cell's time went, phase by phase, as processor time of the whole process during each phase (every thread:
/// a cell's parallel loops count in full, and so does the runtime's own work such as JIT compilation and garbage
/// collection). <c>course run --timings</c> adds them up. They describe one cell only when nothing else runs in the
/// process at the same time (<c>course run --jobs 1</c>).
/// </summary>
/// <param name="Cache">Looking the cell up in the compiled-cell cache, and loading its assembly when it is there.</param>
/// <param name="Compile">Compiling the cell with Roslyn, cancellation checks written in, and loading its assembly (a cache miss).</param>
/// <param name="Run">Running the compiled code, including what it shows with <c>display(…)</c> as it runs.</param>
/// <param name="Format">Deciding whether the cell shows a value, and formatting it (charts become JSON and HTML here).</param>
public readonly record struct CellTimings(TimeSpan Cache, TimeSpan Compile, TimeSpan Run, TimeSpan Format)
{
    /// <summary>The phases of two cells (or of two sums) added up.</summary>
    /// <param name="a">The first.</param>
    /// <param name="b">The second.</param>
    public static CellTimings operator +(CellTimings a, CellTimings b) =>
        new(a.Cache + b.Cache, a.Compile + b.Compile, a.Run + b.Run, a.Format + b.Format);

    /// <summary>The sum of <paramref name="timings"/>.</summary>
    /// <param name="timings">Cells' (or runs') timings.</param>
    public static CellTimings Sum(IEnumerable<CellTimings> timings) => timings.Aggregate(default(CellTimings), (a, b) => a + b);
}
