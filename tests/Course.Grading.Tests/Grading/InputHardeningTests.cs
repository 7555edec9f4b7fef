using Course.Grading;
using Course.Notebooks.Ipynb;

namespace Course.Grading.Tests.Grading;

/// <summary>Hostile and careless files in a class folder: each gets its exact outcome, and the honest students' grades survive.</summary>
[Collection(HostileInputRun.Collection)]
public sealed class InputHardeningTests(HostileInputRun run)
{
    private static readonly string Notebook = FixtureLesson.Name + ".ipynb";

    [Fact]
    public void Zip_metadata_hidden_files_and_checkpoints_are_not_submissions()
    {
        Assert.Equal(["alice", "bob", "carol", "dave", "erin", "frank", "gina", "honest", "leaky"], run.Found.Select(s => s.Student));
        Assert.DoesNotContain(run.Found, s => s.Path.Contains("__MACOSX", StringComparison.Ordinal) || Path.GetFileName(s.Path).StartsWith('.'));
    }

    [Fact]
    public void Honest_students_keep_their_grades()
    {
        var alice = run.Of("alice");
        Assert.Null(alice.Error);
        Assert.Equal(7, alice.Score);
        Assert.Equal(7, alice.MaxScore);
    }

    [Fact]
    public void Quiz_answers_in_other_honest_forms_get_full_marks()
    {
        var honest = run.Of("honest");
        Assert.Null(honest.Error);
        Assert.All(honest.Checks, c => Assert.True(c.Correct, c.QuestionId + ": " + c.Feedback));
        Assert.Equal(7, honest.Score);
        Assert.Empty(honest.Notes);
    }

    [Fact]
    public void A_symbolic_link_to_the_instructor_notebook_is_refused_not_graded()
    {
        var bob = run.Of("bob");
        Assert.Equal($"bob/{Notebook} is a symbolic link; the grader reads only regular files inside the submissions folder, so it was not graded.", bob.Error);
        Assert.Empty(bob.Checks);
    }

    [Fact]
    public void A_symbolically_linked_student_folder_is_refused_and_not_entered()
    {
        var carol = Assert.Single(run.Grades, g => g.Student == "carol");
        Assert.Equal("carol is a symbolic link; the grader reads only regular files inside the submissions folder, so it was not graded.", carol.Error);
    }

    [Fact]
    public void A_symbolic_link_to_a_device_is_refused_without_reading_it()
    {
        Assert.Equal($"dave/{Notebook} is a symbolic link; the grader reads only regular files inside the submissions folder, so it was not graded.", run.Of("dave").Error);
    }

    [Fact]
    public void A_named_pipe_is_refused_without_blocking()
    {
        Assert.Equal($"{Notebook} is empty or not a regular file (a pipe or a device), so it was not graded.", run.Of("erin").Error);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Assert.Equal($"{Notebook} is empty or not a regular file (a pipe or a device), so it was not graded.", run.Of("gina").Error);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_reading_it()
    {
        Assert.Equal($"{Notebook} is 40 MB; the grader reads notebooks of at most 32 MB, so it was not graded.", run.Of("frank").Error);
    }

    [Fact]
    public void Exception_text_from_student_code_never_carries_the_seed_or_the_environment()
    {
        var leaky = run.Of("leaky");
        var feedback = leaky.Checks.Single(c => c.QuestionId == "sgd-step");
        Assert.Equal(0, feedback.Score);
        var everything = string.Join('\n', Directory.EnumerateFiles(run.Output, "*", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.Contains("seed=", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(HostileInputRun.Seed, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(Environment.GetEnvironmentVariable("PATH")!, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("home=" + Environment.GetEnvironmentVariable("HOME"), everything, StringComparison.Ordinal);
        Assert.True(leaky.Checks.Sum(c => c.Score) == 2, "the leaky student's quiz answers are still graded");
    }

    [Fact]
    public void The_redactor_removes_the_seed_and_environment_values_but_keeps_ordinary_words()
    {
        var environment = new System.Collections.Hashtable { ["HOME"] = "/home/ta", ["API_TOKEN"] = "abcd", ["FLAG"] = "false", ["UID"] = "1000", ["NAME"] = "averylongvalue" };
        var redactor = new Redactor("s3cret-seed", environment);

        Assert.Equal(
            "seed=[redacted] home=[redacted] token=[redacted] false after 1000 steps [redacted]",
            redactor.Redact("seed=s3cret-seed home=/home/ta token=abcd false after 1000 steps averylongvalue"));
        Assert.Equal(Redactor.MaxTextLength + " … (cut)".Length, redactor.Redact(new string('x', 100_000)).Length);
    }

    [Fact]
    public void The_instructor_lessons_are_untouched()
    {
        Assert.Equal(FixtureLesson.Instructor(), File.ReadAllText(Path.Combine(run.Folder, "lessons", Notebook)));
    }

    [Fact]
    public void Duplicate_cell_ids_are_reported_and_the_edited_copy_is_graded()
    {
        var lesson = LessonKey.Load(Path.Combine(run.Folder, "lessons", Notebook));
        var stub = Course.Grading.Release.SolutionRegions.Strip(FixtureLesson.Solution).Source;
        var cells = FixtureLesson.Cells.Select(c => c.Id == "sgd-solution" ? (c.Id, stub) : c).Append(("sgd-solution", FixtureLesson.Solution));
        var submission = Course.Notebooks.Ipynb.Notebook.Parse(FixtureLesson.Notebook(cells));

        var (graded, _, notes) = GradedNotebook.Build(lesson, submission, seed: 1);

        Assert.Equal(FixtureLesson.Solution, graded.Single(c => c.Id == "sgd-solution").Source);
        Assert.Equal("The submission has 2 cells with the id sgd-solution; the grader used the last one you edited. Keep one copy of each lesson cell.", Assert.Single(notes));
    }

    [Fact]
    public void Students_whose_names_differ_only_in_punctuation_never_share_a_file()
    {
        var folder = FixtureLesson.TempFolder("names");
        SubmissionGrade Grade(string student, string path) => new(student, FixtureLesson.Name, path, null, [new CheckGrade("q", "numeric", student.Length, 9, false, null, $"feedback for {student}", true, [])], []);
        GradeWriter.Write([Grade("jo.ann", "/a"), Grade("jo_ann", "/b"), Grade("jo ann", "/c"), Grade("jo_ann", "/d")], folder);

        var pages = Directory.GetFiles(Path.Combine(folder, "feedback"));
        Assert.Equal(4, pages.Length);
        Assert.Equal(4, Directory.GetFiles(Path.Combine(folder, "gradescope")).Length);
        var texts = pages.Select(File.ReadAllText).ToArray();
        Assert.Single(texts, t => t.Contains("feedback for jo.ann", StringComparison.Ordinal));
        Assert.Single(texts, t => t.Contains("feedback for jo ann", StringComparison.Ordinal));
        Assert.Equal(2, texts.Count(t => t.Contains("feedback for jo_ann", StringComparison.Ordinal)));
    }
}
