using System.Globalization;
using System.Text;

namespace Course.Grading;

/// <summary>
/// <c>gradebook.csv</c>, for a learning platform's grade import: one row per student, one column per lesson with the
/// points earned. The first columns are Canvas's import columns (<c>Student</c>, <c>ID</c>, <c>SIS User ID</c>,
/// <c>SIS Login ID</c>, <c>Section</c>) with the student's folder name as name and login, so Canvas matches rows by
/// login and creates one assignment per new lesson column; Moodle's CSV import maps the <c>SIS Login ID</c> column to
/// the username and each lesson column to a grade item. A lesson a student did not hand in, or that could not be
/// graded, is left empty (not 0), so the platform keeps it as missing.
/// </summary>
public static class Gradebook
{
    /// <summary>The file's name in an output folder.</summary>
    public const string FileName = "gradebook.csv";

    /// <summary>The CSV text (UTF-8, comma-separated, RFC 4180 quoting, LF line ends).</summary>
    /// <param name="grades">The grades.</param>
    public static string Csv(IReadOnlyList<SubmissionGrade> grades)
    {
        ArgumentNullException.ThrowIfNull(grades);
        var lessons = grades.Where(g => g.Error is null).Select(g => g.Lesson).Distinct().Order(StringComparer.Ordinal).ToArray();
        var csv = new StringBuilder();
        csv.Append(string.Join(',', new[] { "Student", "ID", "SIS User ID", "SIS Login ID", "Section" }.Concat(lessons).Select(Field))).Append('\n');
        foreach (var student in grades.GroupBy(g => g.Student, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var cells = new List<string> { Field(student.Key), string.Empty, string.Empty, Field(student.Key), string.Empty };
            foreach (var lesson in lessons)
            {
                // Two graded submissions of one lesson: the better one counts, as a resubmission would.
                var graded = student.Where(g => g.Error is null && g.Lesson == lesson).ToArray();
                cells.Add(graded.Length == 0 ? string.Empty : graded.Max(g => g.Score).ToString("0.##", CultureInfo.InvariantCulture));
            }

            csv.Append(string.Join(',', cells)).Append('\n');
        }

        return csv.ToString();
    }

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 || value.StartsWith(' ') || value.EndsWith(' ')
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
}
