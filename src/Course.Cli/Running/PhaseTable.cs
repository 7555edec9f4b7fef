using System.Globalization;
using Course.Notebooks.Execution;
using Course.Notebooks.Site;
using Spectre.Console;

namespace Course.Cli.Running;

/// <summary>
/// <c>course run --timings</c>: where the run's time went, per lesson, as the processor time of each engine phase
/// (<see cref="CellTimings"/>) beside the lesson's wall-clock time, then the whole run's wall-clock and processor time.
/// Processor time stays meaningful on a busy machine, where wall-clock time is inflated; the phases of one lesson are
/// its own only when lessons run one at a time (<c>--jobs 1</c>), since lessons running side by side share the process.
/// </summary>
internal static class PhaseTable
{
    /// <summary>The table, then a line about the whole run.</summary>
    /// <param name="lessons">The lessons that ran, in order.</param>
    /// <param name="wall">Wall-clock time of the whole run.</param>
    /// <param name="processor">Processor time the process used during the whole run.</param>
    /// <param name="site">Processor time of rendering the site.</param>
    /// <param name="jobs">How many lessons ran at a time.</param>
    /// <param name="cache">The compiled-cell cache the run used, if any.</param>
    public static Rows Of(IReadOnlyList<SiteLesson> lessons, TimeSpan wall, TimeSpan processor, TimeSpan site, int jobs, CompiledCellCache? cache)
    {
        var phases = CellTimings.Sum(lessons.Select(l => l.Run.Timings));
        var table = new Table()
            .AddColumns("Lesson", "Cells", "Cache", "Compile", "Run", "Format", "Wall clock");
        var summary = new Text(
            $"Processor seconds per phase, wall-clock seconds per lesson; {jobs} lesson(s) at a time. Whole run: {Seconds(wall)} s wall clock, "
            + $"{Seconds(processor)} s processor time, of which the phases {Seconds(Total(phases))} s, rendering the site {Seconds(site)} s. "
            + (cache is null ? "No compiled-cell cache.\n" : $"Compiled-cell cache: {cache.Hits} cells loaded, {cache.Misses} compiled.\n"));
        foreach (var column in table.Columns.Skip(1))
        {
            column.RightAligned();
        }

        foreach (var lesson in lessons)
        {
            AddRow(table, Markup.Escape(lesson.Slug), lesson.Run.Cells.Count, lesson.Run.Timings, lesson.Run.Elapsed);
        }

        AddRow(table, "[bold]all lessons[/]", lessons.Sum(l => l.Run.Cells.Count), phases, TimeSpan.FromTicks(lessons.Sum(l => l.Run.Elapsed.Ticks)));
        return new Rows(table, summary);
    }

    private static void AddRow(Table table, string name, int cells, CellTimings timings, TimeSpan wall) =>
        table.AddRow(
            name,
            cells.ToString(CultureInfo.InvariantCulture),
            Seconds(timings.Cache),
            Seconds(timings.Compile),
            Seconds(timings.Run),
            Seconds(timings.Format),
            Seconds(wall));

    private static TimeSpan Total(CellTimings t) => t.Cache + t.Compile + t.Run + t.Format;

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
}
