using Course.Kernel.Tests.Infrastructure;

namespace Course.Kernel.Tests;

/// <summary>
/// Every lesson executed by <c>jupyter nbconvert --execute</c> through the installed kernel runs with no
/// error and shows what <c>course run</c> shows.
/// </summary>
public sealed class LessonNotebookTests
{
    public static TheoryData<string> Lessons()
    {
        var folder = Path.Combine(RepositoryRoot(), "notebooks");
        var data = new TheoryData<string>();
        string[] paths = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.ipynb") : [];
        foreach (var path in paths.Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(Lessons))]
    public void Nbconvert_through_the_kernel_matches_course_run(string lesson)
    {
        RequiredTools.Require(RequiredTools.NbconvertMissing.Value);
        var notebook = Path.Combine(RepositoryRoot(), "notebooks", lesson);
        using var sandbox = new JupyterSandbox();
        var viaKernel = Path.Combine(sandbox.Root, "nbconvert");
        var viaRun = Path.Combine(sandbox.Root, "run");

        var converted = ProcessRunner.Run(
            RequiredTools.Python,
            ["-m", "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.kernel_name=course-csharp",
             "--ExecutePreprocessor.timeout=600", "--output-dir", viaKernel, notebook],
            TimeSpan.FromMinutes(15),
            sandbox.Environment);
        var ran = CourseCli.Run(null, "run", notebook, "--output", viaRun);

        Assert.True(converted.ExitCode == 0, $"nbconvert failed:\n{converted.StandardError}");
        Assert.True(ran.ExitCode == 0, $"course run failed:\n{ran.StandardOutput}\n{ran.StandardError}");
        var kernelOutputs = Path.Combine(viaKernel, lesson);
        Assert.Empty(NotebookOutputs.Errors(kernelOutputs));
        var expected = NotebookOutputs.Read(Path.Combine(viaRun, "executed", lesson));
        var actual = NotebookOutputs.Read(kernelOutputs);
        Assert.Equal(expected.Count, actual.Count);
        for (var cell = 0; cell < expected.Count; cell++)
        {
            Assert.True(expected[cell].SequenceEqual(actual[cell]), $"code cell {cell + 1} differs:\ncourse run: {Shorten(expected[cell])}\nkernel:     {Shorten(actual[cell])}");
        }
    }

    private static string Shorten(List<string> outputs) =>
        string.Join(" | ", outputs.Select(o => o.Length > 300 ? o[..300] + "…" : o));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Course.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Course.sln not found above the test folder");
    }
}
