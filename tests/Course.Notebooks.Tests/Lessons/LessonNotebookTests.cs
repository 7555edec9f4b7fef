using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Course.Charts;
using Course.Notebooks.Running;
using Course.Notebooks.Tests.Tools;

namespace Course.Notebooks.Tests.Lessons;

/// <summary>
/// Every lesson under notebooks/ runs top to bottom with no error output, its progress card shows every check it ran
/// as passed, and its executed form is a valid notebook.
/// </summary>
public sealed partial class LessonNotebookTests
{
    public static TheoryData<string> Lessons()
    {
        var data = new TheoryData<string>();
        if (Directory.Exists(RepositoryFolders.Notebooks))
        {
            foreach (var path in Directory.GetFiles(RepositoryFolders.Notebooks, "*.ipynb").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(path));
            }
        }

        return data;
    }

    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(Lessons))]
    public async Task Lesson_runs_with_no_error_output(string lesson)
    {
        var result = await NotebookRunner.RunAsync(
            Path.Combine(RepositoryFolders.Notebooks, lesson),
            new NotebookRunOptions { PreloadedAssemblies = [typeof(ChartFormatter).Assembly] },
            cancellationToken: TestContext.Current.CancellationToken);

        var failure = result.FirstFailure;
        Assert.True(failure is null, $"{lesson}, code cell {failure?.CodeCellNumber} (id {failure?.CellId}): {failure?.Error?.Name}: {failure?.Error?.Value}\n{string.Join('\n', failure?.Error?.Traceback ?? [])}");
        var errorOutputs = result.Executed.Cells.SelectMany(c => c.Outputs).Count(o => o?["output_type"]?.GetValue<string>() == "error");
        Assert.Equal(0, errorOutputs);

        // The progress card in the last cell: every check the lesson runs (read from its source), all passed.
        var checks = result.Executed.Cells.Where(c => c.IsCode).SelectMany(c => CheckCall().Matches(c.Source).Select(m => m.Groups["id"].Value)).Distinct().Count();
        var card = string.Concat(result.Executed.Cells.Last(c => c.IsCode).Outputs.Select(o => o?["data"]?["text/plain"] switch
        {
            JsonArray lines => string.Concat(lines.Select(l => l!.GetValue<string>())),
            JsonValue text => text.GetValue<string>(),
            _ => string.Empty,
        }));
        Assert.Contains($"Your progress in lesson {lesson[..2]}, this session: {checks} passed · 0 failed · 0 not tried (of {checks})", card, StringComparison.Ordinal);

        var executed = Path.Combine(Directory.CreateTempSubdirectory("course-lesson-").FullName, lesson);
        ChartScriptInjector.InjectOnce(result.Executed, ChartFormatterHtml.PlotlyGlobalScript()).Notebook.Save(executed);
        NbformatValidator.AssertValid([executed]);
    }

    [GeneratedRegex("""(?:Quiz\.Ask|Exercise\.Check)\s*\(\s*"(?<id>[^"]+)"\s*,""")]
    private static partial Regex CheckCall();
}
