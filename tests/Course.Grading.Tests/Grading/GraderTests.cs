using System.Text.Json;
using Course.Grading;

namespace Course.Grading.Tests.Grading;

public sealed class GraderTests(GradingRun run) : IClassFixture<GradingRun>
{
    private static CheckGrade Check(SubmissionGrade grade, string id) => grade.Checks.Single(c => c.QuestionId == id);

    [Fact]
    public void The_instructor_version_earns_every_point()
    {
        var grade = run.Of("correct");
        Assert.Null(grade.Error);
        Assert.Equal(["sgd-step", "03-momentum-decay", "04-nesterov-trait"], grade.Checks.Select(c => c.QuestionId));
        Assert.All(grade.Checks, c => Assert.True(c.Correct, c.QuestionId + ": " + c.Feedback));
        Assert.Equal(5 + 1 + 1, grade.MaxScore);
        Assert.Equal(grade.MaxScore, grade.Score);
    }

    [Fact]
    public void The_released_stub_earns_nothing_with_not_implemented_feedback()
    {
        var grade = run.Of("empty");
        Assert.Equal(0, grade.Score);
        Assert.Equal(7, grade.MaxScore);
        Assert.StartsWith("Not implemented yet", Check(grade, "sgd-step").Feedback, StringComparison.Ordinal);
        Assert.StartsWith("No answer yet", Check(grade, "03-momentum-decay").Feedback, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misconception_is_graded_and_named()
    {
        var check = Check(run.Of("wrong-sign"), "sgd-step");
        Assert.False(check.Correct);
        Assert.Equal(0, check.Score);
        Assert.Equal("wrong-sign", check.Misconception);
        Assert.True(Check(run.Of("wrong-sign"), "03-momentum-decay").Correct);
    }

    [Fact]
    public void A_tampered_check_cell_is_replaced_by_the_original()
    {
        var grade = run.Of("tampered");
        Assert.Equal(0, Check(grade, "sgd-step").Score);
        Assert.Contains(grade.Notes, n => n.Contains("was edited", StringComparison.Ordinal));
    }

    [Fact]
    public void A_class_shadowing_the_checker_earns_nothing()
    {
        var check = Check(run.Of("shadowing"), "sgd-step");
        Assert.False(check.Correct);
        Assert.Equal(0, check.Score);
    }

    [Fact]
    public void Stored_fake_outputs_are_ignored()
    {
        var check = Check(run.Of("fake-outputs"), "sgd-step");
        Assert.Equal(0, check.Score);
        Assert.StartsWith("Not implemented yet", check.Feedback, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_that_runs_code_is_refused_and_graded_as_unanswered()
    {
        var grade = run.Of("code-answer");
        Assert.Equal(0, Check(grade, "04-nesterov-trait").Score);
        Assert.Contains(grade.Notes, n => n.Contains("not a plain value", StringComparison.Ordinal));
        Assert.True(Check(grade, "sgd-step").Correct);
    }

    [Fact]
    public void An_endless_loop_costs_its_cell_and_grading_goes_on()
    {
        var grade = run.Of("endless");
        Assert.Null(grade.Error);
        Assert.True(Check(grade, "sgd-step").Ran);
        Assert.True(Check(grade, "03-momentum-decay").Correct);
        Assert.True(Check(grade, "04-nesterov-trait").Correct);
    }

    [Fact]
    public void An_exception_is_feedback_and_later_checks_still_run()
    {
        var grade = run.Of("throws");
        var check = Check(grade, "sgd-step");
        Assert.Equal(0, check.Score);
        Assert.True(check.Ran);
        Assert.Contains(check.Details, d => d.Contains("threw InvalidOperationException: boom", StringComparison.Ordinal));
        Assert.True(Check(grade, "04-nesterov-trait").Correct);
    }

    [Fact]
    public void Environment_exit_costs_the_remaining_cells_not_the_run()
    {
        var grade = run.Of("exits");
        Assert.Null(grade.Error);
        var exercise = Check(grade, "sgd-step");
        Assert.False(exercise.Ran);
        Assert.Contains("ended early", exercise.Feedback, StringComparison.Ordinal);
        Assert.Equal(0, exercise.Score);
        // Quiz answers are read from the submission's source on the trusted side, so they do not depend on the worker.
        Assert.Equal(2, grade.Score);
        Assert.Equal(7, grade.MaxScore);
        Assert.Null(run.Of("fake-outputs").Error); // graded after "exits" in the same run
    }

    [Fact]
    public void Malformed_and_foreign_notebooks_get_a_reason()
    {
        Assert.Contains("Not a readable notebook", run.Of("malformed").Error, StringComparison.Ordinal);
        Assert.Contains("is not lesson", run.Of("stranger").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Outputs_are_written_and_consistent_with_the_grades()
    {
        var folder = Path.Combine(run.Output, "grades");
        var csv = File.ReadAllLines(Path.Combine(folder, "grades.csv"));
        Assert.Equal("student,lesson,question,score,max,correct,misconception,status", csv[0]);
        Assert.Contains("correct,03-fixture,sgd-step,5,5,true,,graded", csv);
        Assert.Contains(csv, l => l.StartsWith("wrong-sign,03-fixture,sgd-step,0,5,false,wrong-sign,", StringComparison.Ordinal));
        Assert.Contains(csv, l => l.StartsWith("malformed,,,0,0,false,,", StringComparison.Ordinal));

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "grades.json")));
        Assert.Equal(run.Grades.Count, json.RootElement.GetArrayLength());

        var report = File.ReadAllText(Path.Combine(folder, "report.html"));
        Assert.Contains("sgd-step", report, StringComparison.Ordinal);
        Assert.Contains("Wrong sign", report, StringComparison.Ordinal);
        var chart = File.ReadAllText(Path.Combine(folder, "misconceptions.html"));
        Assert.Contains("\"type\":\"bar\"", chart, StringComparison.Ordinal);
        Assert.Contains("<script src=\"plotly.min.js\">", chart, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", chart, StringComparison.Ordinal);
        Assert.Contains("Plotly", File.ReadAllText(Path.Combine(folder, "plotly.min.js")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "feedback", "wrong-sign-03-fixture.html")));
        Assert.Contains("Wrong sign", File.ReadAllText(Path.Combine(folder, "feedback", "wrong-sign-03-fixture.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Submissions_are_never_modified()
    {
        var correct = Path.Combine(run.Output, "submissions", "correct", FixtureLesson.Name + ".ipynb");
        Assert.Equal(FixtureLesson.Instructor(), File.ReadAllText(correct));
    }
}
