using Course.Charts;
using Course.Notebooks.Running;
using Course.Notebooks.Tests.Tools;

namespace Course.Notebooks.Tests.Lessons;

/// <summary>Every lesson under notebooks/ runs top to bottom with no error output, and its executed form is a valid notebook.</summary>
public sealed class LessonNotebookTests
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

        var executed = Path.Combine(Directory.CreateTempSubdirectory("course-lesson-").FullName, lesson);
        ChartScriptInjector.InjectOnce(result.Executed, ChartFormatterHtml.PlotlyGlobalScript()).Notebook.Save(executed);
        NbformatValidator.AssertValid([executed]);
    }
}
