using System.Diagnostics;
using Course.Grading;

namespace Course.Grading.Tests.Grading;

/// <summary>
/// Where instructors already are: every Gradescope <c>results.json</c> the grader writes is valid against the shape
/// Gradescope documents (checked by Python's jsonschema, an independent validator), and the gradebook CSV has one row
/// per student and one column per lesson.
/// </summary>
[Collection(HostileInputRun.Collection)]
public sealed class ExportTests(HostileInputRun run)
{
    /// <summary>
    /// Gradescope's autograder output format, written from https://gradescope-autograders.readthedocs.io/en/latest/specs/
    /// ("Output format"): optional top-level score (required unless every test has one), execution_time, output,
    /// output formats, visibility, stdout_visibility, extra_data, tests and leaderboard; each test's score,
    /// max_score, status (passed/failed), name, name_format, number, output, output_format, tags, visibility,
    /// extra_data. Unknown keys are refused so a misspelt key fails here rather than being ignored by Gradescope.
    /// </summary>
    private const string Schema = """
        {
          "$schema": "http://json-schema.org/draft-07/schema#",
          "definitions": {
            "visibility": { "enum": ["hidden", "after_due_date", "after_published", "visible"] },
            "format": { "enum": ["text", "html", "simple_format", "md", "ansi"] },
            "test": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "score": { "type": "number" },
                "max_score": { "type": "number" },
                "status": { "enum": ["passed", "failed"] },
                "name": { "type": "string" },
                "name_format": { "$ref": "#/definitions/format" },
                "number": { "type": "string" },
                "output": { "type": "string" },
                "output_format": { "$ref": "#/definitions/format" },
                "tags": { "type": "array", "items": { "type": "string" } },
                "visibility": { "$ref": "#/definitions/visibility" },
                "extra_data": { "type": "object" }
              }
            }
          },
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "score": { "type": "number" },
            "execution_time": { "type": "number" },
            "output": { "type": "string" },
            "output_format": { "$ref": "#/definitions/format" },
            "test_output_format": { "$ref": "#/definitions/format" },
            "test_name_format": { "$ref": "#/definitions/format" },
            "visibility": { "$ref": "#/definitions/visibility" },
            "stdout_visibility": { "$ref": "#/definitions/visibility" },
            "extra_data": { "type": "object" },
            "tests": { "type": "array", "items": { "$ref": "#/definitions/test" } },
            "leaderboard": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["name", "value"],
                "properties": { "name": { "type": "string" }, "value": {}, "order": { "enum": ["asc", "desc"] } }
              }
            }
          },
          "anyOf": [
            { "required": ["score"] },
            { "required": ["tests"], "properties": { "tests": { "items": { "required": ["score"] } } } }
          ]
        }
        """;

    private const string Validate = """
        import json, sys, jsonschema
        schema = json.loads(sys.argv[1])
        jsonschema.Draft7Validator.check_schema(schema)
        bad = 0
        for path in sys.argv[2:]:
            for error in jsonschema.Draft7Validator(schema).iter_errors(json.load(open(path, encoding="utf-8"))):
                print(path, "/".join(map(str, error.path)), error.message)
                bad += 1
        sys.exit(1 if bad else 0)
        """;

    [Fact]
    public void Every_gradescope_results_file_matches_gradescope_s_documented_shape()
    {
        var files = Directory.GetFiles(Path.Combine(run.Output, GradescopeResults.FolderName), "*.json");
        Assert.Equal(run.Grades.Count, files.Length);

        var (exitCode, output) = Python(files);

        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void The_schema_check_refuses_a_results_file_gradescope_would_not_read()
    {
        var bad = Path.Combine(FixtureLesson.TempFolder("gradescope-bad"), "results.json");
        File.WriteAllText(bad, """{ "tests": [ { "name": "q", "score": 1, "status": "ok" } ], "visiblity": "visible" }""");

        var (exitCode, output) = Python([bad]);

        Assert.Equal(1, exitCode);
        Assert.Contains("'ok' is not one of ['passed', 'failed']", output, StringComparison.Ordinal);
        Assert.Contains("'visiblity' was unexpected", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Gradescope_results_carry_each_check_and_the_total()
    {
        var alice = run.Of("alice");
        var name = GradeWriter.FileNames(GradesFile.Ordered(run.Grades))[GradesFile.Ordered(run.Grades).ToList().IndexOf(alice)];
        using var results = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(run.Output, GradescopeResults.FolderName, name + ".json")));
        var root = results.RootElement;

        Assert.Equal(7, root.GetProperty("score").GetDouble());
        Assert.Equal(["sgd-step", "03-momentum-decay", "04-nesterov-trait"], root.GetProperty("tests").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.All(root.GetProperty("tests").EnumerateArray(), t => Assert.Equal("passed", t.GetProperty("status").GetString()));
        Assert.Equal(5, root.GetProperty("tests")[0].GetProperty("max_score").GetDouble());
    }

    [Fact]
    public void The_gradebook_has_one_row_per_student_and_one_column_per_lesson()
    {
        static CheckGrade Check(double score, double max) => new("q", "numeric", score, max, score == max, null, string.Empty, true, []);
        SubmissionGrade[] grades =
        [
            new("zoe", "01-gradient-descent", "/z1", null, [Check(2, 2), Check(1, 3)], []),
            new("zoe", "03-momentum", "/z3", null, [Check(0.5, 4)], []),
            new("adam, jr", "03-momentum", "/a3", null, [Check(4, 4)], []),
            new("adam, jr", "01-gradient-descent", "/a1", "Not a readable notebook: …", [], []),
            new("bo\"b", "03-momentum", "/b3a", null, [Check(1, 4)], []),
            new("bo\"b", "03-momentum", "/b3b", null, [Check(3, 4)], []),
        ];

        var csv = Gradebook.Csv(grades);

        Assert.Equal(
            "Student,ID,SIS User ID,SIS Login ID,Section,01-gradient-descent,03-momentum\n"
            + "\"adam, jr\",,,\"adam, jr\",,,4\n"
            + "\"bo\"\"b\",,,\"bo\"\"b\",,,3\n"
            + "zoe,,,zoe,,3,0.5\n",
            csv);
    }

    private static (int ExitCode, string Output) Python(IReadOnlyList<string> files)
    {
        const string python = "/usr/bin/python3";
        if (!File.Exists(python) || Run(python, ["-c", "import jsonschema"]).ExitCode != 0)
        {
            Tools.ExternalTool.Missing($"{python} with the jsonschema module is not installed (apt-get install python3-jsonschema)");
        }

        return Run(python, ["-c", Validate, Schema, .. files]);
    }

    private static (int ExitCode, string Output) Run(string program, IReadOnlyList<string> arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }
}
