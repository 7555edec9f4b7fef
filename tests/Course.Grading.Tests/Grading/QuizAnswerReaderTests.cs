using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Course.Checks;
using Course.Checks.Rendering;
using Course.Grading;
using Course.Notebooks.Execution;

namespace Course.Grading.Tests.Grading;

/// <summary>
/// The trusted-side quiz answer reader: for every question of the bank, honest ways of writing an answer (named
/// arguments, literal forms, casts, Math.*, whitespace, CRLF, a byte-order mark) get the same verdict from the grader
/// as from the same cell run in a notebook; answers that are not plain values, or that are built to exhaust the
/// grader, are refused with one clear sentence and never crash it.
/// </summary>
public sealed partial class QuizAnswerReaderTests
{
    [Fact]
    public async Task Every_question_gets_the_notebook_s_verdict_for_every_honest_form()
    {
        var keys = InstructorAnswers();
        var cells = Quiz.Ids.SelectMany(id => HonestCells(id, keys.GetValueOrDefault(id))).ToArray();
        Assert.True(cells.Length > 10 * Quiz.Ids.Count, $"only {cells.Length} cells for {Quiz.Ids.Count} questions");

        using var session = new ScriptSession(new ScriptSessionOptions { PreloadedAssemblies = [typeof(Quiz).Assembly] });
        Assert.True((await session.ExecuteAsync("using Course.Checks;\nusing Course.Checks.Rendering;", new CheckSink(), TestContext.Current.CancellationToken)).Succeeded);
        var mismatches = new List<string>();
        var correctSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var question in cells.GroupBy(c => c.Id))
        {
            // One notebook cell per question prints the verdict of each form, each form's call written as the learner wrote it.
            var sink = new CheckSink();
            var notebookCell = string.Concat(question.Select(c => $"Console.WriteLine(CheckJson.ToJson({c.Cell.TrimStart('\uFEFF')}\n));\n"));
            var run = await session.ExecuteAsync(notebookCell, sink, TestContext.Current.CancellationToken);
            Assert.True(run.Succeeded, $"the notebook could not run {notebookCell}: {run.Error?.Value}");
            var notebook = sink.Output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(question.Count(), notebook.Length);
            foreach (var ((id, cell), expected) in question.Zip(notebook))
            {
                var reading = QuizAnswerReader.Read(id, cell);
                Assert.True(reading.Refusal is null, $"{cell} was refused: {reading.Refusal}");
                var grader = CheckJson.ToJson(reading.Judge());
                if (expected != grader)
                {
                    mismatches.Add($"{cell}\n  notebook: {expected}\n  grader:   {grader}");
                }

                if (JsonDocument.Parse(grader).RootElement.GetProperty("correct").GetBoolean())
                {
                    correctSeen.Add(id);
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches.Take(5)));
        Assert.Empty(keys.Keys.Except(correctSeen));
    }

    [Fact]
    public void A_120_KB_answer_is_refused_by_its_size_without_touching_the_stack()
    {
        var cell = "Quiz.Ask(\"03-momentum-decay\", " + string.Concat(Enumerable.Repeat("(", 60_000)) + "0.35" + string.Concat(Enumerable.Repeat(")", 60_000)) + ")";

        var reading = QuizAnswerReader.Read("03-momentum-decay", cell);

        Assert.Equal("The answer cell is 120,035 characters long; the grader reads answer cells of at most 4,096 characters.", reading.Refusal);
        Assert.True(reading.Judge().Unanswered);
    }

    [Theory]
    [InlineData("(", ")")]
    [InlineData("-", "")]
    [InlineData("1 + ", "")]
    public void An_answer_nested_deeper_than_the_limit_is_refused(string open, string close)
    {
        var depth = 1500 / Math.Max(open.Length, 1);
        var cell = "Quiz.Ask(\"03-momentum-decay\", " + string.Concat(Enumerable.Repeat(open, depth)) + "0.35" + string.Concat(Enumerable.Repeat(close, depth)) + ")";

        var reading = QuizAnswerReader.Read("03-momentum-decay", cell);

        Assert.Equal($"The answer is nested more than {QuizAnswerReader.MaxDepth} levels deep; write it as a plain value.", reading.Refusal);
    }

    [Theory]
    [InlineData("Quiz.Ask(\"03-momentum-role\", new Func<string>(() => \"b\")())", "is not a plain value")]
    [InlineData("Quiz.Ask(\"03-momentum-role\", typeof(Quiz).Name[..1])", "is not a plain value")]
    [InlineData("Quiz.Ask(\"03-momentum-role\", System.IO.File.ReadAllText(\"/etc/hostname\"))", "is not a plain value")]
    [InlineData("Quiz.Ask(\"03-momentum-decay\", Math.Round(0.35, 99))", "cannot be computed")]
    [InlineData("var x = \"b\";\nQuiz.Ask(\"03-momentum-role\", x)", "should hold only the call Quiz.Ask(\"03-momentum-role\", your answer)")]
    [InlineData("static class Quiz { public static object Ask(string id, string a) => a; }\nQuiz.Ask(\"03-momentum-role\", \"b\")", "should hold only the call")]
    [InlineData("Quiz.Show(\"03-momentum-role\")", "should call Quiz.Ask")]
    [InlineData("Quiz.Ask(\"03-ravine\", \"b\")", "This cell asks question 03-momentum-role, but the call names \"03-ravine\".")]
    [InlineData("Quiz.Ask(\"03-momentum-role\", \"b\"", "does not parse")]
    [InlineData("Quiz.Ask(\"03-momentum-role\", null)", "does not compile")]
    public void An_answer_that_is_not_a_plain_value_is_refused_with_a_reason(string cell, string reason)
    {
        var reading = QuizAnswerReader.Read(cell.Contains("decay", StringComparison.Ordinal) ? "03-momentum-decay" : "03-momentum-role", cell);

        Assert.NotNull(reading.Refusal);
        Assert.Contains(reason, reading.Refusal, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', reading.Refusal);
        Assert.True(reading.Judge().Unanswered);
    }

    [Fact]
    public void A_trailing_semicolon_and_a_using_line_still_give_the_answer()
    {
        var reading = QuizAnswerReader.Read("03-momentum-role", "using Course.Checks;\r\nQuiz.Ask(\"03-momentum-role\", 'b');");

        Assert.Null(reading.Refusal);
        Assert.True(reading.Judge().Correct);
    }

    [Fact]
    public void A_missing_answer_cell_is_graded_as_unanswered()
    {
        var reading = QuizAnswerReader.Read("03-momentum-role", null);

        Assert.Equal("The answer cell is missing from the submission.", reading.Refusal);
        Assert.Equal(0, reading.Judge().Score);
    }

    /// <summary>The instructor's answer to each question asked in a lesson notebook, as written there.</summary>
    private static Dictionary<string, string> InstructorAnswers()
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "notebooks"), "*.ipynb"))
        {
            foreach (Match m in AnswerCall().Matches(File.ReadAllText(path)))
            {
                answers[m.Groups["id"].Value] = Regex.Unescape(m.Groups["answer"].Value).Trim();
            }
        }

        return answers;
    }

    /// <summary>Answer cells a learner could honestly write for <paramref name="id"/>, right and wrong.</summary>
    private static IEnumerable<(string Id, string Cell)> HonestCells(string id, string? key)
    {
        var view = Quiz.Show(id);
        var answers = new List<string>();
        if (key is not null)
        {
            answers.Add(key);
            answers.Add("answer: " + key);
        }

        switch (view.Kind)
        {
            case CheckKind.MultipleChoice:
                foreach (var (letter, _) in view.Options)
                {
                    answers.AddRange([$"'{letter}'", $"\"{letter}\"", $"@\"{letter}\"", $"answer: \"({char.ToUpperInvariant(letter)})\"", $"\"\"\"{letter}\"\"\""]);
                }

                break;
            case CheckKind.TrueFalse:
                answers.AddRange(["true", "false", "answer: !true", "\"True\"", "@\"no\""]);
                break;
            case CheckKind.Numeric:
                answers.AddRange(["0", "1e-3", "0.001", "1_000", "10", "100", "0.35", "Math.Pow(0.9, 10)", "(float)0.35", "1 / 3", "1.0 / 3", "\"35%\"", "-Math.Sqrt(10) * -1"]);
                if (key is not null && double.TryParse(key, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    answers.AddRange([value.ToString("0.0##############e+0", CultureInfo.InvariantCulture), $"(double){key}", $"{key} + 0", $"\"{key}\""]);
                }

                break;
            case CheckKind.Ordering:
                var letters = view.Options.Select(o => $"\"{o.Key}\"").ToArray();
                answers.AddRange([string.Join(", ", letters), string.Join(", ", letters.Reverse()), $"new[] {{ {string.Join(", ", letters)} }}", $"order: new string[] {{ {string.Join(",", letters.Reverse())} }}"]);
                break;
        }

        answers.Add("\"\"");
        var forms = answers.Distinct(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < forms.Length; i++)
        {
            var answer = forms[i];
            yield return (id, (i % 4) switch
            {
                0 => $"Quiz.Ask(\"{id}\", {answer})",
                1 => $"\uFEFF// my answer\r\nQuiz.Ask(\r\n    \"{id}\",\r\n    {answer})\r\n",
                2 when !answer.StartsWith("answer:", StringComparison.Ordinal) && !answer.StartsWith("order:", StringComparison.Ordinal) && !answer.Contains(',', StringComparison.Ordinal) => $"Quiz.Ask(answer: {answer}, id: \"{id}\")",
                _ => $"  Quiz.Ask( id: \"{id}\" , {answer} )  \n",
            });
        }
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Course.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Course.sln not found above the test binaries.");
    }

    [GeneratedRegex("""Quiz\.Ask\(\\"(?<id>[^\\"]+)\\", /\* BEGIN SOLUTION \*/ (?<answer>.+?) /\* END SOLUTION \*/\)""")]
    private static partial Regex AnswerCall();

    /// <summary>Keeps what a cell prints on standard output.</summary>
    private sealed class CheckSink : IOutputSink
    {
        public System.Text.StringBuilder Output { get; } = new();

        public void WriteStream(OutputStream stream, string text)
        {
            if (stream == OutputStream.StandardOutput)
            {
                Output.Append(text);
            }
        }

        public void WriteDisplay(FormattedValue value, string displayId)
        {
        }

        public void UpdateDisplay(FormattedValue value, string displayId)
        {
        }

        public void WriteResult(FormattedValue value, int executionCount)
        {
        }

        public void WriteError(CellError error)
        {
        }
    }
}
