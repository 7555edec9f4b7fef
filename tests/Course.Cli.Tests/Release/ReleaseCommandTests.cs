using Course.Cli.Commands;
using Course.Grading.Tests;
using Course.Notebooks.Ipynb;

namespace Course.Cli.Tests.Release;

public sealed class ReleaseCommandTests
{
    [Fact]
    public void Release_writes_a_student_version_without_solutions_or_outputs_that_compiles()
    {
        var folder = FixtureLesson.TempFolder("release");
        var instructor = Path.Combine(folder, "lessons", FixtureLesson.Name + ".ipynb");
        Directory.CreateDirectory(Path.GetDirectoryName(instructor)!);
        File.WriteAllText(instructor, FixtureLesson.Notebook(FixtureLesson.Cells, _ => [new System.Text.Json.Nodes.JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = "old" }]));
        var output = Path.Combine(folder, "student");

        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        Assert.Equal(0, ReleaseCommand.Run([instructor], output, stdout, stderr));

        var student = Notebook.Load(Path.Combine(output, FixtureLesson.Name + ".ipynb"));
        var text = student.ToJson();
        Assert.DoesNotContain("lr * grad", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0.35", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SOLUTION", text, StringComparison.Ordinal);
        Assert.All(student.Cells.Where(c => c.IsCode), c => Assert.Empty(c.Outputs));
        Assert.Equal(["intro", "setup", "sgd-solution", "sgd-check", "q-decay", "q-nesterov"], student.Cells.Select(c => c.Id));
        Assert.Contains("3 solution regions replaced", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Release_refuses_unbalanced_markers_and_writes_nothing()
    {
        var folder = FixtureLesson.TempFolder("release-unbalanced");
        var instructor = Path.Combine(folder, FixtureLesson.Name + ".ipynb");
        File.WriteAllText(instructor, FixtureLesson.Notebook(FixtureLesson.With("sgd-solution", FixtureLesson.Solution.Replace("// END SOLUTION", string.Empty, StringComparison.Ordinal))));
        var output = Path.Combine(folder, "student");
        var stderr = new StringWriter();

        Assert.Equal(1, ReleaseCommand.Run([instructor], output, new StringWriter(), stderr));
        Assert.Contains("never closed", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("sgd-solution", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Release_refuses_a_student_version_that_would_not_compile()
    {
        var folder = FixtureLesson.TempFolder("release-compile");
        var instructor = Path.Combine(folder, FixtureLesson.Name + ".ipynb");
        const string LeaksAVariable = "// BEGIN SOLUTION\nvar answer = 42;\n// END SOLUTION\n";
        File.WriteAllText(instructor, FixtureLesson.Notebook([("a", LeaksAVariable), ("b", "Console.WriteLine(answer);")]));
        var output = Path.Combine(folder, "student");
        var stderr = new StringWriter();

        Assert.Equal(1, ReleaseCommand.Run([instructor], output, new StringWriter(), stderr));
        Assert.Contains("CS0103", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }
}
