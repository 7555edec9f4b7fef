using System.Text.Json.Nodes;
using Course.Grading;

namespace Course.Grading.Tests.Grading;

/// <summary>
/// Grades one folder of crafted submissions once (each in its own process, which takes a while) and shares the
/// grades among the tests: fully correct, the released stub, a misconception, a tampered check cell, pasted fake
/// outputs, a code answer, an endless loop, an exception, Environment.Exit, malformed JSON and a different notebook.
/// </summary>
public sealed class GradingRun : IAsyncLifetime
{
    public string Output { get; } = FixtureLesson.TempFolder("grading");

    public IReadOnlyList<SubmissionGrade> Grades { get; private set; } = [];

    public SubmissionGrade Of(string student) => Grades.Single(g => g.Student == student);

    public async ValueTask InitializeAsync()
    {
        var lessons = Path.Combine(Output, "lessons");
        Directory.CreateDirectory(lessons);
        File.WriteAllText(Path.Combine(lessons, FixtureLesson.Name + ".ipynb"), FixtureLesson.Instructor());
        var submissions = Path.Combine(Output, "submissions");
        void Submit(string student, string json)
        {
            Directory.CreateDirectory(Path.Combine(submissions, student));
            File.WriteAllText(Path.Combine(submissions, student, FixtureLesson.Name + ".ipynb"), json);
        }

        Submit("correct", FixtureLesson.Instructor());
        Submit("empty", FixtureLesson.Notebook(FixtureLesson.Cells.Select(c => (c.Id, Course.Grading.Release.SolutionRegions.Strip(c.Source).Source))));
        Submit("wrong-sign", FixtureLesson.Notebook(FixtureLesson.With("sgd-solution", "double[] MySgdStep(double[] w, double[] grad, double lr) => w.Select((x, i) => x + (lr * grad[i])).ToArray();")));
        Submit("tampered", FixtureLesson.Notebook(FixtureLesson.With("sgd-solution", "double[] MySgdStep(double[] w, double[] grad, double lr) => w;")
            .Select(c => c.Id == "sgd-check" ? (c.Id, "new CheckResult(\"sgd-step\", CheckKind.Exercise, true, 5, 5, \"faked\")") : c)));
        Submit("shadowing", FixtureLesson.Notebook(FixtureLesson.With("sgd-solution",
            "double[] MySgdStep(double[] w, double[] grad, double lr) => w;\nstatic class Exercise { public static CheckResult Check(string id, Func<double[], double[], double, double[]> f) => new(id, CheckKind.Exercise, true, 5, 5, \"faked\"); }")));
        Submit("fake-outputs", FixtureLesson.Notebook(
            FixtureLesson.Cells.Select(c => (c.Id, Course.Grading.Release.SolutionRegions.Strip(c.Source).Source)),
            id => id == "sgd-check"
                ? [new JsonObject { ["output_type"] = "execute_result", ["execution_count"] = 3, ["metadata"] = new JsonObject(), ["data"] = new JsonObject { ["application/vnd.course.check+json"] = "{\"questionId\":\"sgd-step\",\"kind\":\"exercise\",\"correct\":true,\"score\":5,\"maxScore\":5,\"misconception\":null}" } }]
                : []));
        Submit("code-answer", FixtureLesson.Notebook(FixtureLesson.With("q-nesterov", "Quiz.Ask(\"04-nesterov-trait\", new Func<string>(() => \"a\")())")));
        Submit("endless", FixtureLesson.Notebook(FixtureLesson.With("sgd-solution", FixtureLesson.Solution + "\nwhile (true) { }")));
        Submit("throws", FixtureLesson.Notebook(FixtureLesson.With("sgd-solution", "double[] MySgdStep(double[] w, double[] grad, double lr) => throw new InvalidOperationException(\"boom\");\nthrow new InvalidOperationException(\"top-level boom\");")));
        Submit("exits", FixtureLesson.Notebook(FixtureLesson.With("sgd-solution", FixtureLesson.Solution + "\nEnvironment.Exit(0);")));
        Submit("malformed", "{ this is not json");
        Submit("stranger", FixtureLesson.Notebook([("x1", "1 + 1"), ("x2", "2 + 2"), ("x3", "3 + 3")]));

        var grader = new Grader(Grader.LoadLessons(lessons), new GradeLimits(TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(150), 1024), Sandbox.Bubblewrap ?? Sandbox.None, seed: "grader-secret");
        var grades = new List<SubmissionGrade>();
        foreach (var submission in Submission.Find([submissions]))
        {
            grades.Add(await grader.GradeAsync(submission, CancellationToken.None));
        }

        Grades = grades;
        GradeWriter.Write(Grades, Path.Combine(Output, "grades"));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
