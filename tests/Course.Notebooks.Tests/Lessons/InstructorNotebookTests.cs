using System.Text.Json.Nodes;
using Course.Notebooks.Ipynb;
using Course.Notebooks.Tests.Tools;

namespace Course.Notebooks.Tests.Lessons;

/// <summary>
/// The instructor notebooks keep answers one click away: every cell holding a solution or a quiz answer is collapsed
/// (<c>jupyter.source_hidden</c>, which JupyterLab and VS Code show as a bar to click), and no other cell is; and every
/// lesson ends with its progress card.
/// </summary>
public sealed class InstructorNotebookTests
{
    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(LessonNotebookTests.Lessons), MemberType = typeof(LessonNotebookTests))]
    public void Solutions_and_answers_are_collapsed_and_nothing_else_is(string lesson)
    {
        var notebook = Notebook.Load(Path.Combine(RepositoryFolders.Notebooks, lesson));

        foreach (var cell in notebook.Cells)
        {
            var holdsAnswer = cell.IsCode && cell.Source.Contains("BEGIN SOLUTION", StringComparison.Ordinal);
            var collapsed = cell.Metadata["jupyter"]?["source_hidden"] is JsonValue hidden && hidden.GetValue<bool>();
            Assert.True(holdsAnswer == collapsed, $"{lesson} cell {cell.Id}: {(holdsAnswer ? "holds a solution or an answer but is not collapsed" : "is collapsed but holds no solution or answer")}");
        }
    }

    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(LessonNotebookTests.Lessons), MemberType = typeof(LessonNotebookTests))]
    public void The_lesson_ends_with_its_progress_card(string lesson)
    {
        var notebook = Notebook.Load(Path.Combine(RepositoryFolders.Notebooks, lesson));

        var last = notebook.Cells.Last(c => c.IsCode);
        Assert.Equal($"Progress.Card(\"{lesson[..2]}\")", last.Source.Trim());
    }
}
