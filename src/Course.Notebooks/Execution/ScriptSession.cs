using System.Diagnostics;
using Course.Notebooks.Directives;
using Course.Notebooks.Packages;
using Course.Notebooks.Scripting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Course.Notebooks.Execution;

/// <summary>
/// Runs C# notebook cells one after another on a single Roslyn script state, the way the retired
/// .NET Interactive C# kernel did: each cell continues the state of the previous ones
/// (<c>ScriptState.ContinueWithAsync</c>), with the latest language version, top-level <c>await</c>,
/// the kernel's default usings, <c>display(x)</c>, <c>x.Display()</c>, <c>HTML(…)</c>, and the
/// directives <c>#r "nuget: …"</c>, <c>#r "path.dll"</c>, <c>#i "nuget: …"</c> and <c>#!csharp</c>.
/// </summary>
/// <remarks>
/// Calls to <see cref="ExecuteAsync"/> are queued: one cell runs at a time. A cell is stopped when
/// the timeout passes or the caller's token is cancelled, through checks the engine writes into
/// every loop and method body; a cell blocked outside its own code (a long <c>Thread.Sleep</c>) is
/// abandoned after a short grace period and reported the same way.
/// </remarks>
public sealed partial class ScriptSession : IDisposable
{
    private static readonly AsyncLocal<CellContext?> RunningCell = new();
    private static readonly TimeSpan StopGracePeriod = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim queue = new(1, 1);
    private readonly ReferenceSet references;
    private readonly PackageRestorer restorer;
    private readonly List<PackageReferenceDirective> packages = [];
    private readonly List<string> packageSources = [];
    private readonly ScriptGlobals globals;
    private int slot = CancellationPoint.Reserve();
    private readonly CSharpParseOptions parseOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);
    private ScriptOptions scriptOptions;
    private ScriptState<object>? state;
    private CellContext? current;
    private CellTimings timings;
    private bool disposed;

    /// <summary>Creates a session; nothing is compiled until the first cell runs.</summary>
    /// <param name="options">Working directory, preloaded assemblies, timeout; defaults when <see langword="null"/>.</param>
    public ScriptSession(ScriptSessionOptions? options = null)
    {
        Options = options ?? new ScriptSessionOptions();
        references = new ReferenceSet(Options.ReferenceImages);
        restorer = new PackageRestorer(Options.PackageCacheDirectory);
        globals = new ScriptGlobals(this);
        references.AddHostAssembly(typeof(ScriptSession).Assembly, runModuleInitializer: false);
        foreach (var assembly in Options.PreloadedAssemblies)
        {
            references.AddHostAssembly(assembly, runModuleInitializer: true);
        }

        var workingDirectory = Path.GetFullPath(Options.WorkingDirectory);
        scriptOptions = ScriptOptions.Default
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithReferences(references.References)
            .WithImports([.. DefaultImports, .. Options.AdditionalImports])
            .WithFilePath(ErrorReports.CellFileName)
            .WithEmitDebugInformation(true)
            .WithFileEncoding(System.Text.Encoding.UTF8)
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(workingDirectory))
            .WithSourceResolver(new SourceFileResolver([], workingDirectory));
    }

    /// <summary>
    /// The namespaces every cell imports: those of the retired .NET Interactive C# kernel
    /// (System, System.Text, System.Collections, System.Collections.Generic, System.Threading.Tasks,
    /// System.Linq) and <c>Course.Notebooks.Scripting</c> for <c>x.Display()</c>.
    /// </summary>
    public static IReadOnlyList<string> DefaultImports { get; } =
    [
        "System",
        "System.Text",
        "System.Collections",
        "System.Collections.Generic",
        "System.Threading.Tasks",
        "System.Linq",
        typeof(DisplayExtensions).Namespace!,
    ];

    /// <summary>The options the session was created with.</summary>
    public ScriptSessionOptions Options { get; }

    /// <summary>How many cells have been executed; the next cell gets this plus one.</summary>
    public int ExecutionCount { get; private set; }

    /// <summary>The session whose cell is running on the current async flow, if any.</summary>
    internal static ScriptSession? Current => CurrentCell?.Session;

    /// <summary>
    /// The cell whose code runs on the current async flow, if any, even after it ended: what it writes
    /// late belongs to it, never to the cell running now.
    /// </summary>
    internal static CellContext? CurrentCell => RunningCell.Value;

    /// <summary>
    /// Runs one cell: carries out its directives, compiles it against everything earlier cells
    /// defined, runs it, and reports its outputs to <paramref name="sink"/> as they happen.
    /// </summary>
    /// <param name="code">The cell's source.</param>
    /// <param name="sink">Receives the cell's outputs.</param>
    /// <param name="cancellationToken">Interrupts the cell (reported as <see cref="CellStatus.Interrupted"/>).</param>
    /// <returns>How the cell ended; errors have also been written to the sink.</returns>
    public async Task<CellResult> ExecuteAsync(string code, IOutputSink sink, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(sink);
        ObjectDisposedException.ThrowIf(disposed, this);
        await queue.WaitAsync(cancellationToken);
        try
        {
            var stopwatch = Stopwatch.StartNew();
            var executionCount = ++ExecutionCount;
            var cell = new CellContext(this, sink, executionCount);
            current = cell;
            timings = default;
            var (status, error) = await RunOrReportInterruptAsync(code, cell, cancellationToken);
            if (error is not null)
            {
                cell.Emit(s => s.WriteError(error));
            }

            cell.Close();
            current = null;
            return new CellResult(status, executionCount, error, stopwatch.Elapsed) { Timings = timings };
        }
        finally
        {
            queue.Release();
        }
    }

    /// <summary>Whether <paramref name="code"/> can run, needs more lines, or is invalid (Jupyter's <c>is_complete</c>).</summary>
    /// <param name="code">The code typed so far.</param>
    public SubmissionCheck CheckSubmission(string code) => SubmissionCheck.Of(code, parseOptions);

    /// <summary>Releases the session's assembly loader and its cancellation slot.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        CancellationPoint.Set(slot, null);
        references.Dispose();
        queue.Dispose();
    }

    /// <summary>Shows a value from a running cell.</summary>
    internal DisplayedValue Display(object? value, string[] mimeTypes)
    {
        var cell = CurrentCell ?? current
            ?? throw new InvalidOperationException("display() can only be called while a cell is running.");
        var displayed = new DisplayedValue(this, Guid.NewGuid().ToString("N"), mimeTypes);
        var formatted = ValueFormatter.Format(value, mimeTypes);
        cell.Emit(sink => sink.WriteDisplay(formatted, displayed.DisplayId));
        return displayed;
    }

    /// <summary>Replaces an earlier display, through the sink of the cell running now.</summary>
    internal void UpdateDisplay(string displayId, FormattedValue value)
    {
        var cell = CurrentCell ?? current
            ?? throw new InvalidOperationException("A display can only be updated while a cell is running.");
        cell.Emit(sink => sink.UpdateDisplay(value, displayId));
    }

    /// <summary>Runs the cell; an interrupt that arrives while it is still being prepared (a restore, the compiler) is reported like any other.</summary>
    private async Task<(CellStatus Status, CellError? Error)> RunOrReportInterruptAsync(string code, CellContext cell, CancellationToken cancellationToken)
    {
        try
        {
            return await RunCellAsync(code, cell, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return (CellStatus.Interrupted, ErrorReports.Interrupted());
        }
    }

    private async Task<(CellStatus Status, CellError? Error)> RunCellAsync(string code, CellContext cell, CancellationToken cancellationToken)
    {
        ParsedCell parsed;
        try
        {
            parsed = DirectiveParser.Parse(code);
        }
        catch (FormatException e)
        {
            return (CellStatus.Failed, ErrorReports.Directive(e.Message));
        }

        if (parsed.Directives.OfType<MagicDirective>().FirstOrDefault(m => !m.IsSupported) is { } magic)
        {
            return (CellStatus.Failed, ErrorReports.Directive(
                $"Unsupported magic command {magic.Text} (line {magic.Line}): this engine runs C# cells only; remove it, or use #!csharp."));
        }

        var directiveError = await ApplyDirectivesAsync(parsed.Directives, cancellationToken);
        if (directiveError is not null)
        {
            return (CellStatus.Failed, directiveError);
        }

        if (string.IsNullOrWhiteSpace(parsed.Code))
        {
            return (CellStatus.Succeeded, null);
        }

        return await RunCodeAsync(parsed.Code, cell, cancellationToken);
    }

    private async Task<CellError?> ApplyDirectivesAsync(IReadOnlyList<Directive> directives, CancellationToken cancellationToken)
    {
        var referencesBefore = references.References.Count;
        if (Options.PackagesUnavailable is { } unavailable
            && directives.FirstOrDefault(d => d is PackageSourceDirective or PackageReferenceDirective) is { } packageDirective)
        {
            return ErrorReports.Directive($"Line {packageDirective.Line}: {unavailable}");
        }

        packageSources.AddRange(directives.OfType<PackageSourceDirective>().Select(d => d.Source));
        var newPackages = directives.OfType<PackageReferenceDirective>().ToList();
        if (newPackages.Count > 0)
        {
            packages.AddRange(newPackages);
            try
            {
                var restored = await restorer.RestoreAsync(packages, packageSources, cancellationToken);
                foreach (var path in restored)
                {
                    references.AddFile(path);
                }
            }
            catch (PackageRestoreException e)
            {
                packages.RemoveRange(packages.Count - newPackages.Count, newPackages.Count);
                return ErrorReports.Directive(e.Message);
            }
        }

        foreach (var directive in directives.OfType<AssemblyReferenceDirective>())
        {
            var path = Path.GetFullPath(directive.Path, Options.WorkingDirectory);
            if (!File.Exists(path))
            {
                return ErrorReports.Directive($"#r (line {directive.Line}): no assembly at {path}");
            }

            references.AddFile(path);
        }

        if (references.References.Count != referencesBefore)
        {
            scriptOptions = scriptOptions.WithReferences(references.References);
        }

        return null;
    }

    private async Task<(CellStatus, CellError?)> RunCodeAsync(string code, CellContext cell, CancellationToken cancellationToken)
    {
        ConsoleRouter.EnsureInstalled();
        Directory.SetCurrentDirectory(Options.WorkingDirectory);

        // Compile before the clock starts: the timeout limits how long the cell's code runs.
        var phase = ProcessorClock.StartNew();
        state ??= await BrowserScripting.Start(scriptOptions, references.Loader, Options.ReferenceImages is not null)
            .RunAsync(globals, cancellationToken);
        timings = timings with { Start = phase.Elapsed };
        var previous = state;
        phase = ProcessorClock.StartNew();
        var (script, errors) = await Task.Run(() => CompileGuarded(previous.Script, code, cancellationToken), cancellationToken);
        timings = timings with { Compile = phase.Elapsed };
        if (errors.Count > 0)
        {
            return (CellStatus.Failed, ErrorReports.Compilation(errors));
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (Options.CellTimeout is { } timeout)
        {
            stop.CancelAfter(timeout);
        }

        CancellationPoint.Set(slot, stop);
        phase = ProcessorClock.StartNew();
        var run = Task.Run(
            () =>
            {
                RunningCell.Value = cell;
                CancellationPoint.EnterCell(stop.Token);
                return script.RunFromAsync(previous, catchException: _ => true, stop.Token);
            },
            CancellationToken.None);

        try
        {
            await Task.WhenAny(run, Task.Delay(Timeout.Infinite, stop.Token));
            if (!run.IsCompleted)
            {
                await Task.WhenAny(run, Task.Delay(StopGracePeriod, CancellationToken.None));
            }

            if (!run.IsCompleted)
            {
                Abandon(run);
                return NotStopped(cancellationToken);
            }

            if (run.IsCanceled || IsCancellation(run.Exception?.InnerException))
            {
                _ = run.Exception;
                return Stopped(cancellationToken);
            }

            if (run.Exception?.InnerException is CompilationErrorException compilation)
            {
                return (CellStatus.Failed, ErrorReports.Compilation(compilation.Diagnostics));
            }

            if (run.Exception?.InnerException is { } failure)
            {
                return (CellStatus.Failed, ErrorReports.Exception(failure));
            }

            var next = await run;
            timings = timings with { Run = phase.Elapsed };
            state = next;
            if (IsCancellation(next.Exception) && stop.IsCancellationRequested)
            {
                return Stopped(cancellationToken);
            }

            if (next.Exception is { } exception)
            {
                return (CellStatus.Failed, ErrorReports.Exception(exception));
            }

            phase = ProcessorClock.StartNew();
            if (HasReturnValue(next.Script))
            {
                var formatted = ValueFormatter.Format(next.ReturnValue);
                cell.Emit(sink => sink.WriteResult(formatted, cell.ExecutionCount));
            }

            timings = timings with { Format = phase.Elapsed };

            return (CellStatus.Succeeded, null);
        }
        finally
        {
            CancellationPoint.Set(slot, null);
        }
    }

    /// <summary>Whether the cell ends in an expression without <c>;</c> whose type is not void.</summary>
    private static bool HasReturnValue(Script script)
    {
        var compilation = script.GetCompilation();
        var tree = compilation.SyntaxTrees.Single();
        if (tree.GetRoot() is not Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax root
            || root.Members.LastOrDefault() is not Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax
            {
                Statement: Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionStatementSyntax { SemicolonToken.IsMissing: true } last,
            })
        {
            return false;
        }

        var type = compilation.GetSemanticModel(tree).GetTypeInfo(last.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }

    /// <summary>
    /// Compiles the cell with cancellation checks written in. Expression bodies whose guarded form the
    /// compiler rejects (a lambda returning nothing, an expression tree) are compiled as written instead;
    /// errors that remain are the cell's own.
    /// </summary>
    private (Script<object> Script, IReadOnlyList<Diagnostic> Errors) CompileGuarded(Script previous, string code, CancellationToken cancellationToken)
    {
        var unguarded = new HashSet<int>();
        while (true)
        {
            var guarded = CancellationRewriter.Rewrite(code, slot, parseOptions, unguarded);
            var script = previous.ContinueWith(guarded.Code, scriptOptions);
            if (BrowserScripting.SingleThreaded)
            {
                BrowserScripting.CompileSequentially(script);
            }

            var errors = script.Compile(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            var culprits = guarded.GuardsAround(errors);
            if (errors.Count == 0 || culprits.Count == 0 || culprits.IsSubsetOf(unguarded))
            {
                return (script, errors);
            }

            unguarded.UnionWith(culprits);
        }
    }

    /// <summary>
    /// Whether an exception is the cell stopping: an <see cref="OperationCanceledException"/>, or a
    /// parallel loop's <see cref="AggregateException"/> of nothing else.
    /// </summary>
    private static bool IsCancellation(Exception? exception) => exception switch
    {
        OperationCanceledException => true,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.All(e => e is OperationCanceledException),
        _ => false,
    };

    /// <summary>
    /// Leaves a cell that did not stop running on its own thread. Its slot keeps the cancelled source, so
    /// a check it reaches later still stops it, and the session moves to a fresh slot; its late outputs are
    /// dropped because its cell is closed.
    /// </summary>
    private void Abandon(Task run)
    {
        _ = run.ContinueWith(t => t.Exception, TaskScheduler.Default);
        slot = CancellationPoint.Reserve();
    }

    private (CellStatus, CellError?) Stopped(CancellationToken callerToken) =>
        callerToken.IsCancellationRequested
            ? (CellStatus.Interrupted, ErrorReports.Interrupted())
            : (CellStatus.TimedOut, ErrorReports.Timeout(Options.CellTimeout ?? TimeSpan.Zero));

    private (CellStatus, CellError?) NotStopped(CancellationToken callerToken) =>
        callerToken.IsCancellationRequested
            ? (CellStatus.Interrupted, ErrorReports.NotStopped(null))
            : (CellStatus.TimedOut, ErrorReports.NotStopped(Options.CellTimeout ?? TimeSpan.Zero));
}
