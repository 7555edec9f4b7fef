using Course.Notebooks.Execution;

namespace Course.Notebooks.Tests.Execution;

public sealed class ScriptSessionTests : IDisposable
{
    private readonly ScriptSession session = new(new ScriptSessionOptions { CellTimeout = TimeSpan.FromSeconds(60) });

    public void Dispose() => session.Dispose();

    private async Task<(CellResult Result, RecordingSink Sink)> Run(string code, ScriptSession? on = null)
    {
        var sink = new RecordingSink();
        var result = await (on ?? session).ExecuteAsync(code, sink, TestContext.Current.CancellationToken);
        return (result, sink);
    }

    [Fact]
    public async Task Last_expression_is_shown_as_the_execute_result()
    {
        var (result, sink) = await Run("var x = 20;\nx + 22");

        Assert.True(result.Succeeded);
        var shown = Assert.IsType<RecordingSink.Result>(Assert.Single(sink.Outputs));
        Assert.Equal("42", shown.Value["text/plain"]);
        Assert.Equal(result.ExecutionCount, shown.ExecutionCount);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("0.5")]
    [InlineData("true")]
    [InlineData("DayOfWeek.Monday")]
    [InlineData("TimeSpan.FromSeconds(3)")]
    public async Task Scalars_are_plain_text_only_with_no_stylesheet(string expression)
    {
        var (_, sink) = await Run(expression);

        var shown = Assert.IsType<RecordingSink.Result>(Assert.Single(sink.Outputs));
        Assert.Equal(["text/plain"], shown.Value.Contents.Select(c => c.MimeType));
    }

    [Fact]
    public async Task An_anonymous_object_reads_as_its_members_in_plain_text()
    {
        var (_, sink) = await Run("var x = \"x\";\nnew { a = 1, b = x }");

        // Without the course library this is the object's own "{ a = 1, b = x }"; its table formatter, when loaded
        // (formatters are process-wide), shows a one-row table instead. Never the generated type name.
        var text = Assert.IsType<RecordingSink.Result>(Assert.Single(sink.Outputs)).Value["text/plain"]!;
        Assert.DoesNotContain("AnonymousType", text);
        Assert.Contains("x", text);
    }

    [Fact]
    public async Task Trailing_semicolon_shows_nothing()
    {
        var (result, sink) = await Run("var x = 20;\nMath.Max(x, 42);");

        Assert.True(result.Succeeded, string.Join("\n", sink.Errors));
        Assert.Empty(sink.Outputs);
        var (_, without) = await Run("Math.Max(x, 42)");
        Assert.Equal("42", Assert.IsType<RecordingSink.Result>(Assert.Single(without.Outputs)).Value["text/plain"]);
    }

    [Fact]
    public async Task A_void_last_expression_shows_nothing()
    {
        var (_, sink) = await Run("var list = new List<int>();\nlist.Add(1)");

        Assert.Empty(sink.Outputs);
    }

    [Fact]
    public async Task Strings_are_plain_text_only()
    {
        var (_, sink) = await Run("\"hello\"");

        var shown = Assert.IsType<RecordingSink.Result>(Assert.Single(sink.Outputs));
        Assert.Equal(["text/plain"], shown.Value.Contents.Select(c => c.MimeType));
        Assert.Equal("hello", shown.Value["text/plain"]);
    }

    [Fact]
    public async Task Display_shows_a_value_and_update_replaces_it()
    {
        var (_, sink) = await Run("var d = display(\"first\");\n\"second\".Display();\nd.Update(\"third\");");

        Assert.Collection(
            sink.Outputs,
            o => Assert.Equal("first", Assert.IsType<RecordingSink.Displayed>(o).Value["text/plain"]),
            o => Assert.Equal("second", Assert.IsType<RecordingSink.Displayed>(o).Value["text/plain"]),
            o =>
            {
                var updated = Assert.IsType<RecordingSink.Updated>(o);
                Assert.Equal("third", updated.Value["text/plain"]);
                Assert.Equal(((RecordingSink.Displayed)sink.Outputs[0]).DisplayId, updated.DisplayId);
            });
    }

    [Fact]
    public async Task HTML_is_shown_as_html()
    {
        var (_, sink) = await Run("HTML(\"<b>bold</b>\")");

        var shown = Assert.IsType<RecordingSink.Result>(Assert.Single(sink.Outputs));
        Assert.Equal("<b>bold</b>", shown.Value["text/html"]);
    }

    [Fact]
    public async Task Console_output_is_a_stream_in_order_with_displays()
    {
        var (_, sink) = await Run("Console.WriteLine(\"one\");\ndisplay(2);\nConsole.Write(\"three\");\nConsole.Error.WriteLine(\"four\");");

        Assert.Collection(
            sink.Outputs,
            o => Assert.Equal(new RecordingSink.StreamText(OutputStream.StandardOutput, "one\n"), o),
            o => Assert.IsType<RecordingSink.Displayed>(o),
            o => Assert.Equal(new RecordingSink.StreamText(OutputStream.StandardOutput, "three"), o),
            o => Assert.Equal(new RecordingSink.StreamText(OutputStream.StandardError, "four\n"), o));
    }

    [Fact]
    public async Task Compile_error_names_the_cell_line_and_column()
    {
        var (result, sink) = await Run("var a = 1;\n\nvar b = a + missing;");

        Assert.Equal(CellStatus.Failed, result.Status);
        var error = Assert.Single(sink.Errors);
        Assert.Equal("CompilationError", error.Name);
        Assert.StartsWith("(3,13): error CS0103:", error.Value);
        Assert.Contains("missing", error.Value);
    }

    [Fact]
    public async Task Compile_error_lines_stay_right_after_directives_and_inside_loops()
    {
        var (_, sink) = await Run("#!csharp\nfor (var i = 0; i < 2; i++)\n{\n    undefinedName++;\n}");

        Assert.StartsWith("(4,5): error CS0103:", Assert.Single(sink.Errors).Value);
    }

    [Fact]
    public async Task Runtime_exception_is_an_error_with_type_message_and_cell_line()
    {
        var (result, sink) = await Run("var a = 1;\nif (a == 1)\n    throw new InvalidOperationException(\"boom\");");

        Assert.Equal(CellStatus.Failed, result.Status);
        var error = Assert.Single(sink.Errors);
        Assert.Equal("System.InvalidOperationException", error.Name);
        Assert.Equal("boom", error.Value);
        Assert.True(error.Traceback.Any(line => line.Contains("in cell, line 3", StringComparison.Ordinal)), string.Join("\n", error.Traceback));
        Assert.DoesNotContain(error.Traceback, line => line.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [Fact]
    public async Task State_carries_across_cells_including_types_methods_and_usings()
    {
        await Run("using System.Text.RegularExpressions;\nrecord Point(int X, int Y);\nint Twice(int v) => 2 * v;\nvar p = new Point(1, 2);");
        var (result, sink) = await Run("Twice(p.X + p.Y) + Regex.Matches(\"aXbX\", \"X\").Count");

        Assert.True(result.Succeeded, string.Join("\n", sink.Errors));
        Assert.Equal("8", Assert.IsType<RecordingSink.Result>(Assert.Single(sink.Outputs)).Value["text/plain"]);
        Assert.Equal(2, result.ExecutionCount);
    }

    [Fact]
    public async Task Variables_assigned_before_an_exception_survive_it()
    {
        await Run("var kept = 5;\nthrow new Exception(\"x\");");
        var (_, sink) = await Run("kept");

        Assert.Equal("5", Assert.IsType<RecordingSink.Result>(Assert.Single(sink.Outputs)).Value["text/plain"]);
    }

    [Fact]
    public async Task Top_level_await_works()
    {
        var (_, sink) = await Run("await Task.Delay(1);\nawait Task.FromResult(7)");

        Assert.Equal("7", Assert.IsType<RecordingSink.Result>(Assert.Single(sink.Outputs)).Value["text/plain"]);
    }

    [Fact]
    public async Task Unknown_magic_command_is_an_error_naming_it_and_nothing_runs()
    {
        var (result, sink) = await Run("#!fsharp\nConsole.WriteLine(\"ran\");");

        Assert.Equal(CellStatus.Failed, result.Status);
        var error = Assert.Single(sink.Errors);
        Assert.Contains("#!fsharp", error.Value);
        Assert.Empty(sink.StandardOutput);
    }

    [Fact]
    public async Task Csharp_magic_is_accepted()
    {
        var (result, sink) = await Run("#!csharp\n1 + 1");

        Assert.True(result.Succeeded);
        Assert.Equal("2", Assert.IsType<RecordingSink.Result>(Assert.Single(sink.Outputs)).Value["text/plain"]);
    }

    [Fact]
    public async Task Cell_runs_in_the_working_directory()
    {
        var folder = Directory.CreateTempSubdirectory("course-wd-").FullName;
        using var inFolder = new ScriptSession(new ScriptSessionOptions { WorkingDirectory = folder });
        await File.WriteAllTextAsync(Path.Combine(folder, "data.txt"), "from the notebook folder", TestContext.Current.CancellationToken);

        var (_, sink) = await Run("System.IO.File.ReadAllText(\"data.txt\")", inFolder);

        Assert.Equal("from the notebook folder", Assert.IsType<RecordingSink.Result>(Assert.Single(sink.Outputs)).Value["text/plain"]);
    }

    [Theory]
    [InlineData("var x = 1;", SubmissionStatus.Complete, "")]
    [InlineData("Math.Sqrt(2)", SubmissionStatus.Complete, "")]
    [InlineData("#r \"nuget: Some.Package, 1.0.0\"\nvar x = 1;", SubmissionStatus.Complete, "")]
    [InlineData("if (true) {", SubmissionStatus.Incomplete, "    ")]
    [InlineData("for (int i = 0; i < 3; i++) {\n    if (i > 0) {", SubmissionStatus.Incomplete, "        ")]
    [InlineData("var total = 1 +", SubmissionStatus.Incomplete, "")]
    [InlineData("var s = @\"first line", SubmissionStatus.Incomplete, "")]
    [InlineData("/* a comment", SubmissionStatus.Incomplete, "")]
    [InlineData("var s = \"abc", SubmissionStatus.Invalid, "")]
    [InlineData("}", SubmissionStatus.Invalid, "")]
    [InlineData("var 1x = 2;", SubmissionStatus.Invalid, "")]
    [InlineData("var 1x = {", SubmissionStatus.Invalid, "")]
    public void Is_complete_tells_unfinished_code_from_invalid_code(string code, SubmissionStatus status, string indent)
    {
        var check = session.CheckSubmission(code);

        Assert.Equal(status, check.Status);
        Assert.Equal(indent, check.Indent);
    }
}
