using Course.Notebooks.Execution;

namespace Course.Notebooks.Tests.Execution;

/// <summary>What an interrupt stops, what it cannot, and where the output of a cell left running goes.</summary>
public sealed class InterruptTests
{
    /// <summary>Runs a cell; with <paramref name="interruptAfter"/>, interrupts it that long after its first display (the cell's <c>display("started")</c>), so compile time never counts.</summary>
    private static async Task<(CellResult Result, RecordingSink Sink)> Run(ScriptSession session, string code, TimeSpan? interruptAfter = null)
    {
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var sink = new RecordingSink();
        IOutputSink target = interruptAfter is { } delay ? new InterruptingSink(sink, interrupt, delay) : sink;
        return (await session.ExecuteAsync(code, target, interrupt.Token), sink);
    }

    [Fact]
    public async Task Linq_over_a_huge_range_with_an_expression_lambda_is_interrupted()
    {
        using var session = new ScriptSession();

        var (result, sink) = await Run(session, "display(\"started\");\nEnumerable.Range(0, int.MaxValue).Select(i => (long)i * i % 7).Sum()", TimeSpan.FromSeconds(1));

        Assert.Equal(CellStatus.Interrupted, result.Status);
        Assert.Equal("Interrupted", Assert.Single(sink.Errors).Name);
    }

    [Fact]
    public async Task A_query_expression_over_a_huge_range_is_interrupted()
    {
        using var session = new ScriptSession();

        var (result, _) = await Run(session, "display(\"started\");\n(from i in Enumerable.Range(0, int.MaxValue) where i >= 0 select (long)i * i % 7).Sum()", TimeSpan.FromSeconds(1));

        Assert.Equal(CellStatus.Interrupted, result.Status);
    }

    [Fact]
    public async Task An_expression_bodied_method_called_from_a_library_loop_is_interrupted()
    {
        using var session = new ScriptSession();

        var (result, _) = await Run(session, "bool Always(int i) => i >= 0;\ndisplay(\"started\");\nEnumerable.Range(0, int.MaxValue).All(Always)", TimeSpan.FromSeconds(1));

        Assert.Equal(CellStatus.Interrupted, result.Status);
    }

    /// <summary>Each kind of body the rewriter guards, as the only code of the cell a library loop keeps calling.</summary>
    [Theory]
    [InlineData("bool Always(int i) { return i >= 0; }\ndisplay(\"started\");\nEnumerable.Range(0, int.MaxValue).All(Always)")]
    [InlineData("bool AllOf(int n) { bool Always(int i) => i >= 0; display(\"started\"); return Enumerable.Range(0, n).All(Always); }\nAllOf(int.MaxValue)")]
    [InlineData("bool AllOf(int n) { bool Always(int i) { return i >= 0; } display(\"started\"); return Enumerable.Range(0, n).All(Always); }\nAllOf(int.MaxValue)")]
    [InlineData("Func<int, bool> always = (int i) => i >= 0;\ndisplay(\"started\");\nEnumerable.Range(0, int.MaxValue).All(always)")]
    [InlineData("Func<int, bool> always = (int i) => { return i >= 0; };\ndisplay(\"started\");\nEnumerable.Range(0, int.MaxValue).All(always)")]
    [InlineData("display(\"started\");\nEnumerable.Range(0, int.MaxValue).All(i => { return i >= 0; })")]
    public async Task A_method_local_function_or_lambda_called_from_a_library_loop_is_interrupted(string code)
    {
        using var session = new ScriptSession();

        var (result, sink) = await Run(session, code, TimeSpan.FromSeconds(1));

        Assert.Equal(CellStatus.Interrupted, result.Status);
        Assert.Equal("Interrupted", Assert.Single(sink.Errors).Name);
    }

    [Fact]
    public async Task Expression_bodies_that_cannot_take_a_check_still_compile_and_run()
    {
        using var session = new ScriptSession();
        const string code = """
            var seen = new List<int>();
            new List<int> { 1, 2 }.ForEach(x => seen.Add(x));
            System.Linq.Expressions.Expression<Func<int, int>> tree = x => x + 1;
            Func<Task> wait = async () => await Task.Delay(1);
            await wait();
            void Say(string s) => Console.Write(s);
            int Fail(int x) => x > 0 ? x : throw new ArgumentException("negative");
            var nothing = from x in new[] { 1 } select null as string;
            var queried = (from x in new[] { 1, 2, 3 } where x > 1 select x * 10).Sum();
            Say($"{seen.Sum()} {tree.Compile()(2)} {Fail(4)} {queried} {nothing.Count()}");
            """;

        var (result, sink) = await Run(session, code);

        Assert.True(result.Succeeded, string.Join("\n", sink.Errors.Select(e => e.Value)));
        Assert.Equal("3 3 4 50 1", sink.StandardOutput);
    }

    [Fact]
    public async Task Errors_inside_lambdas_keep_the_cell_line_and_column()
    {
        using var session = new ScriptSession();

        var (compile, compileSink) = await Run(session, "var xs = new[] { 1, 2 };\nvar ys = xs.Select(x => x.Missing);");
        var (runtime, runtimeSink) = await Run(session, "Func<int, int> f = x =>\n    10 / x;\nf(0)");

        Assert.Equal(CellStatus.Failed, compile.Status);
        Assert.StartsWith("(2,27): error CS1061:", Assert.Single(compileSink.Errors).Value);
        Assert.Equal(CellStatus.Failed, runtime.Status);
        var error = Assert.Single(runtimeSink.Errors);
        Assert.Equal("System.DivideByZeroException", error.Name);
        Assert.Contains(error.Traceback, line => line.Contains("in cell, line 2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cell_blocked_outside_its_code_is_reported_as_not_stopped_and_its_late_output_is_dropped()
    {
        using var session = new ScriptSession();

        var (abandoned, abandonedSink) = await Run(session, "display(\"started\");\nSystem.Threading.Thread.Sleep(3000);\nConsole.WriteLine(\"late\");", TimeSpan.FromMilliseconds(300));
        var (next, nextSink) = await Run(session, "System.Threading.Thread.Sleep(2500);\nConsole.WriteLine(\"next\");");

        Assert.Equal(CellStatus.Interrupted, abandoned.Status);
        var error = Assert.Single(abandonedSink.Errors);
        Assert.Equal("InterruptFailed", error.Name);
        Assert.Contains("could not be stopped", error.Value);
        Assert.Contains(error.Traceback, line => line.Contains("Restart", StringComparison.Ordinal));
        Assert.True(next.Succeeded);
        Assert.Equal("next\n", nextSink.StandardOutput);
        Assert.DoesNotContain("late", string.Concat(abandonedSink.Outputs.OfType<RecordingSink.StreamText>().Select(s => s.Text)));
    }

    [Fact]
    public async Task A_cell_left_running_still_stops_at_its_next_check()
    {
        using var session = new ScriptSession();
        var flag = Path.Combine(Directory.CreateTempSubdirectory("course-interrupt-").FullName, "stopped");
        var code = $"display(\"started\");\nSystem.Threading.Thread.Sleep(3000);\ntry {{ while (true) {{ }} }}\ncatch (OperationCanceledException) {{ System.IO.File.WriteAllText(@\"{flag}\", \"\"); }}";

        var (abandoned, _) = await Run(session, code, TimeSpan.FromMilliseconds(300));
        var (next, _) = await Run(session, "var afterwards = 1;");

        Assert.Equal(CellStatus.Interrupted, abandoned.Status);
        Assert.True(next.Succeeded);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!File.Exists(flag) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.True(File.Exists(flag), "the abandoned cell's loop never saw its cancellation");
    }

    [Fact]
    public async Task The_library_training_loop_honours_the_interrupt()
    {
        using var session = new ScriptSession(new ScriptSessionOptions { PreloadedAssemblies = [typeof(Course.CellCancellation).Assembly] });
        const string code = """
            using Course.Training;
            using Course.Optimizers;
            var features = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Random(2000, 50, 1);
            var data = new Dataset("noise", features, Enumerable.Range(0, 2000).Select(i => i % 2).ToArray(), ["a", "b"]);
            var model = new Mlp<double>([50, 10, 2]);
            display("started");
            Trainer.Fit(model, new Sgd<double>(model.Parameters, new SgdOptions(LearningRate: 0.01)), data, data, new TrainingOptions(Epochs: 1_000_000, BatchSize: 1));
            """;

        var (result, sink) = await Run(session, code, TimeSpan.FromSeconds(1));

        Assert.Equal(CellStatus.Interrupted, result.Status);
        Assert.Equal("Interrupted", Assert.Single(sink.Errors).Name);
    }

    [Fact]
    public async Task A_learning_rate_sweep_over_parallel_seeds_honours_the_interrupt()
    {
        using var session = new ScriptSession(new ScriptSessionOptions { PreloadedAssemblies = [typeof(Course.CellCancellation).Assembly] });
        const string code = """
            using Course.Training;
            using Course.Training.Studies;
            using Course.Optimizers;
            var features = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Random(2000, 50, 1);
            var data = new Dataset("noise", features, Enumerable.Range(0, 2000).Select(i => i % 2).ToArray(), ["a", "b"]);
            display("started");
            LearningRateSweep.Run(
                (rate, seed) =>
                {
                    var model = new Mlp<double>([50, 10, 2], seed: seed);
                    return Trainer.Fit(model, new Sgd<double>(model.Parameters, new SgdOptions(LearningRate: rate)), data, data, new TrainingOptions(Epochs: 1_000_000, BatchSize: 1));
                },
                history => history.Epochs[^1].ValidationLoss,
                [0.01, 0.1],
                seeds: 2);
            """;

        var (result, sink) = await Run(session, code, TimeSpan.FromSeconds(1));

        Assert.Equal(CellStatus.Interrupted, result.Status);
        Assert.Equal("Interrupted", Assert.Single(sink.Errors).Name);
    }

    /// <summary>Records outputs and interrupts the cell a while after its first display.</summary>
    private sealed class InterruptingSink(RecordingSink inner, CancellationTokenSource interrupt, TimeSpan delay) : IOutputSink
    {
        public void WriteStream(OutputStream stream, string text) => inner.WriteStream(stream, text);

        public void WriteDisplay(FormattedValue value, string displayId)
        {
            inner.WriteDisplay(value, displayId);
            interrupt.CancelAfter(delay);
        }

        public void UpdateDisplay(FormattedValue value, string displayId) => inner.UpdateDisplay(value, displayId);

        public void WriteResult(FormattedValue value, int executionCount) => inner.WriteResult(value, executionCount);

        public void WriteError(CellError error) => inner.WriteError(error);
    }
}
