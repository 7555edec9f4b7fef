using System.Diagnostics;
using Course.Grading;

namespace Course.Grading.Tests.Grading;

/// <summary>
/// One class folder full of hostile files beside two honest students (one of them writing quiz answers with named arguments,
/// a byte-order mark, CRLF and Math.*), graded once and shared: a relative symbolic
/// link to the instructor's notebook, a symbolic link to <c>/dev/zero</c>, a symbolically linked student folder, a
/// named pipe, a 40 MB file, an empty file, zip metadata (<c>__MACOSX/</c>, <c>._x.ipynb</c>), and a solution whose
/// exception message quotes the secret seed and the grader's environment.
/// </summary>
public sealed class HostileInputRun : IAsyncLifetime
{
    public const string Collection = "hostile input";
    public const string Seed = "hostile-input-secret-seed";

    public string Folder { get; } = FixtureLesson.TempFolder("hostile-input");

    public string Submissions => Path.Combine(Folder, "submissions");

    public string Output => Path.Combine(Folder, "grades");

    public IReadOnlyList<Submission> Found { get; private set; } = [];

    public IReadOnlyList<SubmissionGrade> Grades { get; private set; } = [];

    public SubmissionGrade Of(string student) => Grades.Single(g => g.Student == student);

    public async ValueTask InitializeAsync()
    {
        var lessons = Path.Combine(Folder, "lessons");
        Directory.CreateDirectory(lessons);
        var instructor = Path.Combine(lessons, FixtureLesson.Name + ".ipynb");
        File.WriteAllText(instructor, FixtureLesson.Instructor());
        string Place(string relative)
        {
            var path = Path.Combine(Submissions, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return path;
        }

        var notebook = FixtureLesson.Name + ".ipynb";
        File.WriteAllText(Place($"alice/{notebook}"), FixtureLesson.Instructor());
        File.WriteAllText(Place($"leaky/{notebook}"), FixtureLesson.Notebook(FixtureLesson.With("sgd-solution",
            "double[] MySgdStep(double[] w, double[] grad, double lr) => throw new InvalidOperationException("
            + "\"seed=\" + Environment.GetEnvironmentVariable(\"COURSE_CHECK_SEED\") + \" home=\" + Environment.GetEnvironmentVariable(\"HOME\") + \" path=\" + Environment.GetEnvironmentVariable(\"PATH\"));")));
        File.WriteAllText(Place($"honest/{notebook}"), FixtureLesson.Notebook(FixtureLesson.Cells
            .Select(c => c.Id == "q-nesterov" ? (c.Id, "\uFEFF// my answer\r\nQuiz.Ask(\r\n    answer: @\"a\",\r\n    id: \"04-nesterov-trait\");\r\n") : c)
            .Select(c => c.Id == "q-decay" ? (c.Id, "Quiz.Ask(\"03-momentum-decay\", answer: Math.Pow(0.9, 1_0))") : c)));
        File.CreateSymbolicLink(Place($"bob/{notebook}"), Path.GetRelativePath(Path.Combine(Submissions, "bob"), instructor));
        File.CreateSymbolicLink(Place($"dave/{notebook}"), "/dev/zero");
        Directory.CreateSymbolicLink(Place("carol"), lessons);
        MakeFifo(Place($"erin/{notebook}"));
        using (var large = File.Create(Place($"frank/{notebook}")))
        {
            large.SetLength(40L * 1024 * 1024);
        }

        File.WriteAllText(Place($"gina/{notebook}"), string.Empty);
        File.WriteAllText(Place($"__MACOSX/alice/._{notebook}"), "\0\u0005\u0016\u0007 Mac OS X metadata");
        File.WriteAllText(Place($"alice/._{notebook}"), "\0\u0005\u0016\u0007 Mac OS X metadata");
        File.WriteAllText(Place($"alice/.ipynb_checkpoints/{FixtureLesson.Name}-checkpoint.ipynb"), "{}");

        Found = Submission.Find([Submissions]);
        var grader = new Grader(Grader.LoadLessons(lessons), new GradeLimits(TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(120), 1024), Sandbox.Bubblewrap ?? Sandbox.None, Seed);
        Grades = await ParallelGrading.GradeAsync(grader, Found, jobs: 2, TestContext.Current.CancellationToken);
        GradeWriter.Write(Grades, Output);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}

/// <summary>The test classes that share one <see cref="HostileInputRun"/>.</summary>
[CollectionDefinition(HostileInputRun.Collection)]
public sealed class HostileInputCollection : ICollectionFixture<HostileInputRun>;
