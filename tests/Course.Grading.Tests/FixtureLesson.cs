using System.Text.Json.Nodes;

namespace Course.Grading.Tests;

/// <summary>A small instructor lesson with one exercise and two quiz answers, and ways to make submissions of it.</summary>
internal static class FixtureLesson
{
    public const string Name = "03-fixture";

    public const string Solution = """
        double[] MySgdStep(double[] w, double[] grad, double lr)
        {
            // BEGIN SOLUTION Subtract lr times the gradient.
            return w.Select((x, i) => x - (lr * grad[i])).ToArray();
            // END SOLUTION
        }
        """;

    public static readonly (string Id, string Source)[] Cells =
    [
        ("setup", "using Course.Checks;"),
        ("sgd-solution", Solution),
        ("sgd-check", "Exercise.Check(\"sgd-step\", MySgdStep)"),
        ("q-decay", "Quiz.Ask(\"03-momentum-decay\", /* BEGIN SOLUTION */ 0.35 /* END SOLUTION */)"),
        ("q-nesterov", "Quiz.Ask(\"04-nesterov-trait\", /* BEGIN SOLUTION */ \"a\" /* END SOLUTION */)"),
    ];

    public static string Notebook(IEnumerable<(string Id, string Source)> cells, Func<string, JsonArray>? outputs = null)
    {
        var array = new JsonArray();
        array.Add(new JsonObject
        {
            ["cell_type"] = "markdown",
            ["id"] = "intro",
            ["metadata"] = new JsonObject(),
            ["source"] = "# A fixture lesson",
        });
        foreach (var (id, source) in cells)
        {
            array.Add(new JsonObject
            {
                ["cell_type"] = "code",
                ["id"] = id,
                ["metadata"] = new JsonObject(),
                ["execution_count"] = null,
                ["outputs"] = outputs?.Invoke(id) ?? [],
                ["source"] = source,
            });
        }

        return new JsonObject
        {
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
            ["metadata"] = new JsonObject { ["kernelspec"] = new JsonObject { ["name"] = "course-csharp", ["display_name"] = "C# (course)", ["language"] = "C#" } },
            ["cells"] = array,
        }.ToJsonString();
    }

    public static string Instructor() => Notebook(Cells);

    public static (string Id, string Source)[] With(string id, string source) =>
        Cells.Select(c => c.Id == id ? (id, source) : c).ToArray();

    public static string TempFolder(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "course-cli-tests", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
