using System.Diagnostics;
using Course.Notebooks.Directives;
using Course.Notebooks.Packages;
using Course.Notebooks.Scripting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Course.Notebooks.Execution;

/// <summary>
/// Runs C# notebook cells one after another on a single Roslyn script state, the way the retired
/// .NET Interactive C# kernel did: each cell is a script submission continuing the previous ones
/// (<see cref="SubmissionChain"/>), with the latest language version, top-level <c>await</c>,
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
    private readonly CSharpParseOptions parseOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);
    private readonly SubmissionChain chain;
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

        chain = new SubmissionChain(
            references,
            parseOptions,
            [.. DefaultImports, .. Options.AdditionalImports],
            Path.GetFullPath(Options.WorkingDirectory),
            globals,
            Options.ReferenceImages is null ? Options.CompiledCells : null);
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

    /// <summary>Ends the session: no more cells run.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
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

        return null;
    }

    private async Task<(CellStatus, CellError?)> RunCodeAsync(string code, CellContext cell, CancellationToken cancellationToken)
    {
        ConsoleRouter.EnsureInstalled();
        Directory.SetCurrentDirectory(Options.WorkingDirectory);

        // Compile before the clock starts: the timeout limits how long the cell's code runs.
        var phase = ProcessorClock.StartNew();
        var key = chain.KeyFor(code);
        var submission = chain.TryLoadCached(key);
        timings = timings with { Cache = phase.Elapsed };
        if (submission is null)
        {
            phase = ProcessorClock.StartNew();
            (submission, var errors) = await Task.Run(() => CompileGuarded(key, code, cancellationToken), cancellationToken);
            timings = timings with { Compile = phase.Elapsed };
            if (submission is null)
            {
                return (CellStatus.Failed, ErrorReports.Compilation(errors));
            }
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (Options.CellTimeout is { } timeout)
        {
            stop.CancelAfter(timeout);
        }

        phase = ProcessorClock.StartNew();
        var run = Task.Run(
            async () =>
            {
                RunningCell.Value = cell;
                CancellationPoint.EnterCell(stop.Token);
                try
                {
                    return (Value: await chain.RunAsync(submission), Exception: (Exception?)null);
                }
                catch (Exception e)
                {
                    return (Value: null, Exception: e);
                }
            },
            CancellationToken.None);

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

        var next = await run;
        timings = timings with { Run = phase.Elapsed };
        chain.Append(submission);
        if (IsCancellation(next.Exception) && stop.IsCancellationRequested)
        {
            return Stopped(cancellationToken);
        }

        if (next.Exception is { } exception)
        {
            return (CellStatus.Failed, ErrorReports.Exception(exception));
        }

        phase = ProcessorClock.StartNew();
        if (submission.Cell.HasReturnValue)
        {
            var formatted = ValueFormatter.Format(next.Value);
            cell.Emit(sink => sink.WriteResult(formatted, cell.ExecutionCount));
        }

        timings = timings with { Format = phase.Elapsed };

        return (CellStatus.Succeeded, null);
    }

    /// <summary>
    /// Compiles the cell with cancellation checks written in. Expression bodies whose guarded form the
    /// compiler rejects (a lambda returning nothing, an expression tree) are compiled as written instead;
    /// errors that remain are the cell's own.
    /// </summary>
    private (CompiledSubmission? Submission, IReadOnlyList<Diagnostic> Errors) CompileGuarded(string key, string code, CancellationToken cancellationToken)
    {
        var unguarded = new HashSet<int>();
        while (true)
        {
            var guarded = CancellationRewriter.Rewrite(code, parseOptions, unguarded);
            var (submission, errors) = chain.Compile(key, guarded.Code, cancellationToken);
            var culprits = guarded.GuardsAround(errors);
            if (errors.Count == 0 || culprits.Count == 0 || culprits.IsSubsetOf(unguarded))
            {
                return (submission, errors);
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
    /// Leaves a cell that did not stop running on its own thread. It keeps its cancelled token, so a check it
    /// reaches later still stops it; its late outputs are dropped because its cell is closed, and the next cell
    /// continues the cells before it.
    /// </summary>
    private static void Abandon(Task run) => _ = run.ContinueWith(t => t.Exception, TaskScheduler.Default);

    private (CellStatus, CellError?) Stopped(CancellationToken callerToken) =>
        callerToken.IsCancellationRequested
            ? (CellStatus.Interrupted, ErrorReports.Interrupted())
            : (CellStatus.TimedOut, ErrorReports.Timeout(Options.CellTimeout ?? TimeSpan.Zero));

    private (CellStatus, CellError?) NotStopped(CancellationToken callerToken) =>
        callerToken.IsCancellationRequested
            ? (CellStatus.Interrupted, ErrorReports.NotStopped(null))
            : (CellStatus.TimedOut, ErrorReports.NotStopped(Options.CellTimeout ?? TimeSpan.Zero));
}
