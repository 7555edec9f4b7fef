using Course.Checks.Exercises;
using Course.Grading.Release;
using Course.Notebooks.Ipynb;

namespace Course.Grading.Tests.Grading;

/// <summary>
/// Grades a class of hostile submissions, built from the released fixture lesson, in one run inside the bubblewrap
/// sandbox, two at a time, with honest students before, between and after them, and records what the file system
/// looked like before and after. Every attack is in the submission's source; the tests only read the outcome.
/// </summary>
public sealed class HostileRun : IAsyncLifetime
{
    public const string Seed = "hostile-secret-seed";

    public const string Marker = "course-hostile-marker-4711";

    public string Root { get; } = FixtureLesson.TempFolder("hostile");

    public string Lessons => Path.Combine(Root, "lessons");

    public string Submissions => Path.Combine(Root, "submissions");

    public string Output => Path.Combine(Root, "grades");

    public IReadOnlyList<SubmissionGrade> Grades { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Before { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> After { get; private set; } = new Dictionary<string, string>();

    public string GradesCsvAtWrite { get; private set; } = string.Empty;

    public bool Sandboxed { get; private set; }

    public TimeSpan Elapsed { get; private set; }

    public SubmissionGrade Of(string student) => Grades.Single(g => g.Student == student);

    public async ValueTask InitializeAsync()
    {
        if (Sandbox.Bubblewrap is not { } sandbox)
        {
            return;
        }

        Sandboxed = true;
        Directory.CreateDirectory(Lessons);
        File.WriteAllText(Path.Combine(Lessons, FixtureLesson.Name + ".ipynb"), FixtureLesson.Instructor());
        foreach (var (student, cells) in HostileSubmissions.All(this))
        {
            Directory.CreateDirectory(Path.Combine(Submissions, student));
            File.WriteAllText(Path.Combine(Submissions, student, FixtureLesson.Name + ".ipynb"), FixtureLesson.Notebook(cells));
        }

        Before = Snapshot();
        Environment.SetEnvironmentVariable("COURSE_GRADER_MARKER", Marker);
        var grader = new Grader(Grader.LoadLessons(Lessons), new GradeLimits(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60), 512), sandbox, Seed);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var submissions = Submission.Find([Submissions]);
        var grades = new SubmissionGrade[submissions.Count];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < submissions.Count; i = Interlocked.Increment(ref next))
            {
                grades[i] = await grader.GradeAsync(submissions[i], CancellationToken.None);
            }
        })));
        Elapsed = clock.Elapsed;
        Grades = grades;
        GradeWriter.Write(Grades, Output);
        GradesCsvAtWrite = File.ReadAllText(Path.Combine(Output, "grades.csv"));

        // A detached child that outlived its worker would strike now.
        await Task.Delay(TimeSpan.FromSeconds(4));
        After = Snapshot();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>The released lesson's cells (solutions replaced by stubs, answers empty).</summary>
    public static (string Id, string Source)[] Released() =>
        StudentRelease.Create(Notebook.Parse(FixtureLesson.Instructor())).Student.Cells.Where(c => c.IsCode).Select(c => (c.Id!, c.Source)).ToArray();

    /// <summary>The released lesson with cell <paramref name="id"/> replaced.</summary>
    public static (string Id, string Source)[] Released(string id, string source) =>
        Released().Select(c => c.Id == id ? (id, source) : c).ToArray();

    /// <summary>The public-seed cases of the SGD exercise as a C# lookup the learner could have copied from their own notebook.</summary>
    public static string PublicSeedTable()
    {
        var exercise = ExerciseCatalog.ById["sgd-step"];
        var entries = HiddenCases.For(exercise, HiddenCases.DefaultSeed).SelectMany(c =>
        {
            var reference = exercise.Reference(c);
            return Enumerable.Range(0, c.Steps).Select(k => $"[\"{Key(reference[k][0])}\"] = new double[] {{ {string.Join(", ", reference[k + 1][0].Select(x => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))} }}");
        });
        return "var table = new Dictionary<string, double[]> { " + string.Join(", ", entries) + " };";
    }

    public static string Key(double[] w) => string.Join(";", w.Select(x => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Every file under the lessons and submissions, with its content, plus the temp folder's names.</summary>
    private Dictionary<string, string> Snapshot()
    {
        var files = new Dictionary<string, string>();
        foreach (var folder in new[] { Lessons, Submissions })
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                files[file] = File.ReadAllText(file);
            }
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(Path.GetTempPath()).Where(e => Path.GetFileName(e).Contains("hostile-was-here", StringComparison.Ordinal)))
        {
            files[entry] = "temp";
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(Root).Where(e => !e.StartsWith(Output, StringComparison.Ordinal)))
        {
            files.TryAdd(entry, Directory.Exists(entry) ? "dir" : File.ReadAllText(entry));
        }

        return files;
    }
}
