using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text;
using Course.Charts;
using Course.Checks.Rendering;
using Course.Checks;
using Course.Grading.Worker;

namespace Course.Grading;

/// <summary>
/// Writes a grading run's outputs: <c>grades.csv</c> (student, lesson, question, score, max, …), <c>grades.json</c>,
/// one feedback page per submission under <c>feedback/</c>, and the class report <c>report.html</c> with per-question
/// success rates and the most common misconceptions (chart in <c>misconceptions.html</c>).
/// </summary>
public static class GradeWriter
{
    /// <summary>Writes every output for <paramref name="grades"/> into <paramref name="folder"/>.</summary>
    /// <param name="grades">The graded submissions.</param>
    /// <param name="folder">The output folder (created if needed).</param>
    public static void Write(IReadOnlyList<SubmissionGrade> grades, string folder)
    {
        ArgumentNullException.ThrowIfNull(grades);
        grades = GradesFile.Ordered(grades);
        var names = FileNames(grades);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "grades.csv"), Csv(grades));
        GradesFile.Write(grades, Path.Combine(folder, GradesFile.FileName));
        File.WriteAllText(Path.Combine(folder, Gradebook.FileName), Gradebook.Csv(grades));
        var feedback = Path.Combine(folder, "feedback");
        var gradescope = Path.Combine(folder, GradescopeResults.FolderName);
        Directory.CreateDirectory(feedback);
        Directory.CreateDirectory(gradescope);
        for (var i = 0; i < grades.Count; i++)
        {
            File.WriteAllText(Path.Combine(feedback, names[i] + ".html"), FeedbackPage(grades[i]));
            File.WriteAllText(Path.Combine(gradescope, names[i] + ".json"), GradescopeResults.Json(grades[i]));
        }

        var counts = MisconceptionCounts(grades);
        if (counts.Count > 0)
        {
            File.WriteAllText(Path.Combine(folder, "misconceptions.html"), MisconceptionChart.Html(counts));
            File.WriteAllText(Path.Combine(folder, MisconceptionChart.PlotlyFileName), ChartFormatterHtml.PlotlyScript());
        }

        File.WriteAllText(Path.Combine(folder, "report.html"), Report(grades, counts, names));
    }

    /// <summary>
    /// The base file name of each submission's feedback page and Gradescope results (<c>student-lesson</c>), one per
    /// grade and never shared: student names keep apart by <see cref="StudentFileName"/>, and a second submission of
    /// the same student and lesson gets <c>-2</c>.
    /// </summary>
    /// <param name="grades">The grades, in the order they are written.</param>
    public static IReadOnlyList<string> FileNames(IReadOnlyList<SubmissionGrade> grades)
    {
        ArgumentNullException.ThrowIfNull(grades);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        foreach (var grade in grades)
        {
            var name = StudentFileName.Of(grade.Student) + (grade.Lesson.Length == 0 ? string.Empty : "-" + grade.Lesson);
            var unique = name;
            for (var n = 2; !used.Add(unique); n++)
            {
                unique = string.Create(CultureInfo.InvariantCulture, $"{name}-{n}");
            }

            names.Add(unique);
        }

        return names;
    }

    /// <summary>The CSV text: one row per check, plus one row per submission that could not be graded.</summary>
    /// <param name="grades">The graded submissions.</param>
    public static string Csv(IReadOnlyList<SubmissionGrade> grades)
    {
        var csv = new StringBuilder("student,lesson,question,score,max,correct,misconception,status\n");
        foreach (var grade in grades)
        {
            if (grade.Error is not null)
            {
                csv.AppendLine(string.Join(',', Field(grade.Student), Field(grade.Lesson), string.Empty, "0", "0", "false", string.Empty, Field("error: " + grade.Error)));
                continue;
            }

            foreach (var check in grade.Checks)
            {
                csv.AppendLine(string.Join(',', Field(grade.Student), Field(grade.Lesson), Field(check.QuestionId), Number(check.Score), Number(check.MaxScore),
                    check.Correct ? "true" : "false", Field(check.Misconception ?? string.Empty), check.Ran ? "graded" : "not-run"));
            }
        }

        return csv.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static List<(string Title, int Count)> MisconceptionCounts(IReadOnlyList<SubmissionGrade> grades) =>
        grades.SelectMany(g => g.Checks).Where(c => c.Misconception is not null && !c.Correct)
            .GroupBy(c => c.Misconception!)
            .Select(g => (Misconceptions.ById.TryGetValue(g.Key, out var m) ? m.Title : g.Key, g.Count()))
            .OrderByDescending(c => c.Item2).Take(12).ToList();

    private static string FeedbackPage(SubmissionGrade grade)
    {
        var html = Page($"Feedback — {grade.Student} — {grade.Lesson}");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(grade.Student)} · {E(grade.Lesson)}</h1>");
        if (grade.Error is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"error\">This submission could not be graded: {E(grade.Error)}</p>");
        }
        else
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"total\">Score: <strong>{Number(grade.Score)} / {Number(grade.MaxScore)}</strong> ({grade.Percent:0}%)</p>");
            foreach (var note in grade.Notes)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{E(note)}</p>");
            }

            foreach (var check in grade.Checks)
            {
                var kind = Enum.GetValues<CheckKind>().FirstOrDefault(k => CheckJson.KindName(k) == check.Kind, CheckKind.Exercise);
                var misconception = check.Misconception is not null && Misconceptions.ById.TryGetValue(check.Misconception, out var m) ? m : null;
                html.Append(CheckHtml.ToHtml(new CheckResult(check.QuestionId, kind, check.Correct, check.Score, check.MaxScore, check.Feedback, misconception)
                {
                    Unanswered = !check.Ran,
                    Details = check.Details,
                }));
            }
        }

        return html.Append("</body></html>\n").ToString();
    }

    private static string Report(IReadOnlyList<SubmissionGrade> grades, List<(string Title, int Count)> counts, IReadOnlyList<string> names)
    {
        var html = Page("Class report");
        var graded = grades.Where(g => g.Error is null).ToArray();
        html.Append(CultureInfo.InvariantCulture, $"<h1>Class report</h1><p>{graded.Length} submissions graded, {grades.Count - graded.Length} could not be graded.</p>");
        html.Append("<h2>Students</h2><table><tr><th>student</th><th>lesson</th><th>score</th><th>%</th><th>feedback</th></tr>");
        foreach (var (grade, name) in grades.Zip(names))
        {
            var score = grade.Error is null ? $"{Number(grade.Score)} / {Number(grade.MaxScore)}" : "—";
            var percent = grade.Error is null ? grade.Percent.ToString("0", CultureInfo.InvariantCulture) : E(grade.Error);
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(grade.Student)}</td><td>{E(grade.Lesson)}</td><td>{score}</td><td>{percent}</td><td><a href=\"feedback/{Uri.EscapeDataString(name + ".html")}\">feedback</a></td></tr>");
        }

        html.Append("</table><h2>Questions</h2><table><tr><th>lesson</th><th>question</th><th>fully correct</th><th>success rate</th><th>average score</th></tr>");
        foreach (var question in graded.SelectMany(g => g.Checks.Select(c => (g.Lesson, Check: c))).GroupBy(x => (x.Lesson, x.Check.QuestionId)))
        {
            var n = question.Count();
            var correct = question.Count(x => x.Check.Correct);
            var average = question.Average(x => x.Check.Score);
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(question.Key.Lesson)}</td><td>{E(question.Key.QuestionId)}</td><td>{correct} / {n}</td><td>{100.0 * correct / n:0}%</td><td>{Number(average)} / {Number(question.First().Check.MaxScore)}</td></tr>");
        }

        html.Append("</table><h2>Most common misconceptions</h2>");
        if (counts.Count == 0)
        {
            html.Append("<p>No misconception was recognised.</p>");
        }
        else
        {
            html.Append("<table><tr><th>misconception</th><th>failed checks</th></tr>");
            foreach (var (title, count) in counts)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(title)}</td><td>{count}</td></tr>");
            }

            html.Append("</table><iframe src=\"misconceptions.html\" title=\"Most common misconceptions\" style=\"width:100%;height:520px;border:0\"></iframe>");
        }

        return html.Append("</body></html>\n").ToString();
    }

    private static StringBuilder Page(string title) => new StringBuilder()
        .Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(title)).Append("</title>")
        .Append("<style>body{font-family:system-ui,sans-serif;max-width:960px;margin:24px auto;padding:0 16px;color:#1f2328}")
        .Append("table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #d0d7de;padding:4px 10px;text-align:left}")
        .Append(".note{color:#6b4700}.error{color:#82071e}</style></head><body>");

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
