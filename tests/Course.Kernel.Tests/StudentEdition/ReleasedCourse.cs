using System.Text.Json.Nodes;
using Course.Kernel.Tests.Infrastructure;

namespace Course.Kernel.Tests.StudentEdition;

/// <summary>
/// The student edition of all ten lessons, released once by <c>course release</c> for the tests that run it, and a
/// second folder holding lessons 03 and 07 as a learner with a wrong solution would have them: the released
/// notebook with the exercise cell replaced by the instructor's solution carrying one deliberate mistake.
/// </summary>
public sealed class ReleasedCourse : IDisposable
{
    public ReleasedCourse()
    {
        Root = Directory.CreateTempSubdirectory("course-student-").FullName;
        Released = Path.Combine(Root, "released");
        Wrong = Path.Combine(Root, "wrong");
        Lessons = Directory.GetFiles(Path.Combine(RepositoryRoot, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal).ToArray();
        var release = CourseCli.Run(null, ["release", .. Lessons, "--output", Released]);
        if (release.ExitCode != 0)
        {
            throw new InvalidOperationException($"course release failed: {release.StandardOutput}{release.StandardError}");
        }

        Directory.CreateDirectory(Wrong);
        WithMistake("03-momentum.ipynb", "MyMomentumStep(", "newW[i] = w[i] - lr * newV[i];", "newW[i] = w[i] + lr * newV[i];");
        WithMistake("07-adam.ipynb", "MyAdamStep(", "newW[i] = w[i] - lr * mHat / (Math.Sqrt(vHat) + eps);", "newW[i] = w[i] - lr * newM[i] / (Math.Sqrt(newV[i]) + eps);");
    }

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Course.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Course.sln not found above the test folder");
        }
    }

    public string Root { get; }

    /// <summary>The released student notebooks, all ten.</summary>
    public string Released { get; }

    /// <summary>Released lessons 03 and 07 with a wrong solution in their exercise.</summary>
    public string Wrong { get; }

    /// <summary>The instructor notebooks, in order.</summary>
    public IReadOnlyList<string> Lessons { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A kernel being killed may still hold a file; the temp folder is cleaned later.
        }
    }

    private void WithMistake(string lesson, string definition, string right, string wrong)
    {
        var instructor = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot, "notebooks", lesson)))!;
        var student = JsonNode.Parse(File.ReadAllText(Path.Combine(Released, lesson)))!;
        var solution = Cells(instructor).Single(c => Source(c).Contains(definition, StringComparison.Ordinal) && Source(c).Contains("BEGIN SOLUTION", StringComparison.Ordinal));
        var mistaken = Source(solution).Replace(right, wrong, StringComparison.Ordinal);
        if (mistaken == Source(solution))
        {
            throw new InvalidOperationException($"{lesson}: the solution no longer contains \"{right}\"; update the deliberate mistake.");
        }

        var stub = Cells(student).Single(c => c!["id"]!.GetValue<string>() == solution["id"]!.GetValue<string>());
        stub["source"] = mistaken;
        File.WriteAllText(Path.Combine(Wrong, lesson), student.ToJsonString());
    }

    internal static IEnumerable<JsonNode> Cells(JsonNode notebook) => notebook["cells"]!.AsArray().Select(c => c!);

    internal static string Source(JsonNode cell) => cell["source"] is JsonArray lines
        ? string.Concat(lines.Select(l => l!.GetValue<string>()))
        : cell["source"]!.GetValue<string>();
}
