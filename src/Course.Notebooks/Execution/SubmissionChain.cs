using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Course.Notebooks.Scripting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.Text;

namespace Course.Notebooks.Execution;

/// <summary>
/// A session's cells as a chain of Roslyn script submissions, driven here rather than through
/// <c>ScriptState.ContinueWithAsync</c> so that a compiled cell can be kept and loaded again: each cell is one
/// script compilation continuing the previous one (<see cref="CSharpCompilation.CreateScriptCompilation"/>),
/// emitted with its portable PDB, loaded into the session's <see cref="SubmissionLoadContext"/>, and run through
/// its <c>&lt;Factory&gt;</c> on the array of submission states (the globals, then every earlier cell's object).
/// </summary>
/// <remarks>
/// Every cell has a key: SHA-256 over the previous cell's key, the references (name and module version id of each),
/// and the cell's code; the first key covers the engine, the compiler, the runtime and the compiler options. Equal
/// keys mean equal compiler inputs, so a <see cref="CompiledCellCache"/> entry under the key is what the compiler
/// would produce now. The submission assembly's name is derived from the key, so cached cells that reference
/// earlier ones by name find them.
/// </remarks>
internal sealed class SubmissionChain
{
    private const string FormatVersion = "course-submission-chain/1";
    private static readonly EmitOptions Emit = new(debugInformationFormat: DebugInformationFormat.PortablePdb);
    private static readonly Lazy<string> EngineKey = new(ComputeEngineKey);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> ModuleVersionIds = new(StringComparer.Ordinal);

    private readonly ReferenceSet references;
    private readonly CSharpParseOptions parseOptions;
    private readonly IReadOnlyList<string> imports;
    private readonly string workingDirectory;
    private readonly CompiledCellCache? cache;
    private Lazy<CSharpCompilation>? previous;
    private string key;
    private int count;
    private object?[] states;
    private (int Count, string Key) referencesKey = (-1, string.Empty);

    /// <summary>An empty chain.</summary>
    /// <param name="references">The session's references and load context.</param>
    /// <param name="parseOptions">How cells are parsed.</param>
    /// <param name="imports">The namespaces every cell imports.</param>
    /// <param name="workingDirectory">The base of relative paths in the compiler's resolvers.</param>
    /// <param name="globals">What cells see as globals.</param>
    /// <param name="cache">Where compiled cells are kept between runs, if anywhere.</param>
    public SubmissionChain(
        ReferenceSet references,
        CSharpParseOptions parseOptions,
        IReadOnlyList<string> imports,
        string workingDirectory,
        ScriptGlobals globals,
        CompiledCellCache? cache)
    {
        this.references = references;
        this.parseOptions = parseOptions;
        this.imports = imports;
        this.workingDirectory = workingDirectory;
        this.cache = cache;
        key = Hash(EngineKey.Value, string.Join('\n', imports));
        states = new object?[8];
        states[0] = globals;
    }

    /// <summary>Whether this runtime cannot block a thread on a wait (browser WebAssembly has one thread): then the compiler builds sequentially.</summary>
    public static bool SingleThreaded => OperatingSystem.IsBrowser() || OperatingSystem.IsWasi();

    /// <summary>The key a cell with <paramref name="code"/> would get next.</summary>
    /// <param name="code">The cell's code, directives removed.</param>
    public string KeyFor(string code) => Hash(key, ReferencesKey(), code);

    /// <summary>A cell's code compiled after the chain's last cell, for analysis only (completion, hover): nothing is emitted.</summary>
    /// <param name="code">The code.</param>
    public CSharpCompilation Analyze(string code) => Compilation(code, "\u211B*analysis", previous, count);

    /// <summary>The cell from the cache when it is there and loads, else <see langword="null"/>.</summary>
    /// <param name="cellKey">The cell's key (<see cref="KeyFor"/>).</param>
    public CompiledSubmission? TryLoadCached(string cellKey)
    {
        if (cache?.TryRead(cellKey) is not { } cell || cell.AssemblyName != AssemblyNameFor(cellKey))
        {
            return null;
        }

        try
        {
            // The compilation is made only if a later cell has to be compiled: a run of cached cells never starts the compiler.
            var before = previous;
            var position = count;
            return Load(cellKey, cell, new Lazy<CSharpCompilation>(() => Compilation(cell.GuardedCode, cell.AssemblyName, before, position)));
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or TypeLoadException or MissingMethodException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Compiles code (already guarded) as the chain's next cell; without errors, loads it and stores it in the cache.</summary>
    /// <param name="cellKey">The cell's key (<see cref="KeyFor"/>).</param>
    /// <param name="guardedCode">The code to compile.</param>
    /// <param name="cancellationToken">Stops the compiler.</param>
    /// <returns>The loaded cell, or the compiler's errors.</returns>
    public (CompiledSubmission? Submission, IReadOnlyList<Diagnostic> Errors) Compile(string cellKey, string guardedCode, CancellationToken cancellationToken)
    {
        var assemblyName = AssemblyNameFor(cellKey);
        var compilation = Compilation(guardedCode, assemblyName, previous, count);
        using var image = new MemoryStream();
        using var debugInformation = new MemoryStream();
        var result = compilation.Emit(image, debugInformation, options: Emit, cancellationToken: cancellationToken);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        // Emit fails without an error when the cell has nothing to run (only using directives): later cells still continue it.
        var entryPoint = result.Success ? compilation.GetEntryPoint(cancellationToken) : null;
        var cell = new CompiledCell(
            assemblyName,
            guardedCode,
            entryPoint?.ContainingType.MetadataName,
            HasReturnValue(compilation),
            result.Success ? image.ToArray() : [],
            result.Success ? debugInformation.ToArray() : []);
        var submission = Load(cellKey, cell, new Lazy<CSharpCompilation>(compilation));
        cache?.Write(cellKey, cell);
        return (submission, []);
    }

    /// <summary>Runs a cell of this chain; it becomes the chain's last cell once it has run, whether or not it threw.</summary>
    /// <param name="submission">The cell, compiled or loaded as the chain's next.</param>
    /// <returns>The value of its last expression.</returns>
    public Task<object?> RunAsync(CompiledSubmission submission)
    {
        if (states.Length < count + 2)
        {
            Array.Resize(ref states, Math.Max(count + 2, states.Length * 2));
        }

        return submission.RunAsync(states);
    }

    /// <summary>Makes a cell that ran the chain's last: the next cell compiles against it.</summary>
    /// <param name="submission">The cell that ran.</param>
    public void Append(CompiledSubmission submission)
    {
        previous = submission.Compilation;
        key = submission.Key;
        count++;
    }

    private CompiledSubmission Load(string cellKey, CompiledCell cell, Lazy<CSharpCompilation> compilation)
    {
        Func<object?[], Task<object?>>? factory = null;
        if (cell.SubmissionType is { } typeName)
        {
            var assembly = references.Loader.LoadSubmission(cell.Image, cell.DebugInformation);
            var type = assembly.GetType(typeName, throwOnError: true)!;
            var method = type.GetMethod("<Factory>", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
                ?? throw new MissingMethodException(typeName, "<Factory>");
            factory = method.CreateDelegate<Func<object?[], Task<object?>>>();
        }

        return new CompiledSubmission(cellKey, cell, compilation, factory);
    }

    private CSharpCompilation Compilation(string code, string assemblyName, Lazy<CSharpCompilation>? before, int position)
    {
        var tree = CSharpSyntaxTree.ParseText(SourceText.From(code, Encoding.UTF8), parseOptions, ErrorReports.CellFileName);
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            scriptClassName: "Submission#" + position.ToString(System.Globalization.CultureInfo.InvariantCulture),
            usings: imports,
            optimizationLevel: OptimizationLevel.Release,
            allowUnsafe: true,
            metadataReferenceResolver: ScriptMetadataResolver.Default.WithBaseDirectory(workingDirectory),
            sourceReferenceResolver: new SourceFileResolver([], workingDirectory),
            concurrentBuild: !SingleThreaded,
            assemblyIdentityComparer: DesktopAssemblyIdentityComparer.Default);
        return CSharpCompilation.CreateScriptCompilation(
            assemblyName, tree, references.References, options, before?.Value, typeof(object), typeof(ScriptGlobals));
    }

    /// <summary>Whether the cell ends in an expression without <c>;</c> whose type is not void.</summary>
    private static bool HasReturnValue(CSharpCompilation compilation)
    {
        var tree = compilation.SyntaxTrees.Single();
        if (tree.GetRoot() is not CompilationUnitSyntax root
            || root.Members.LastOrDefault() is not GlobalStatementSyntax
            {
                Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } last,
            })
        {
            return false;
        }

        var type = compilation.GetSemanticModel(tree).GetTypeInfo(last.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }

    private static string AssemblyNameFor(string cellKey) => "\u211B*" + cellKey[..32];

    /// <summary>The references by name and module version id, hashed; recomputed only when a directive added one.</summary>
    private string ReferencesKey()
    {
        var all = references.References;
        if (referencesKey.Count != all.Count)
        {
            var text = new StringBuilder();
            foreach (var reference in all.OfType<PortableExecutableReference>())
            {
                text.Append(reference.Display).Append(' ').Append(ModuleVersionId(reference)).Append('\n');
            }

            referencesKey = (all.Count, Hash(text.ToString()));
        }

        return referencesKey.Key;
    }

    /// <summary>The module version id of a referenced file (read once per file and process), or nothing for an image in memory.</summary>
    private static string ModuleVersionId(PortableExecutableReference reference) =>
        reference.FilePath is { } path
            ? ModuleVersionIds.GetOrAdd(path, static p =>
            {
                using var file = File.OpenRead(p);
                using var pe = new System.Reflection.PortableExecutable.PEReader(file);
                var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
                return metadata.GetGuid(metadata.GetModuleDefinition().Mvid).ToString();
            })
            : string.Empty;

    private static string ComputeEngineKey() => Hash(
        FormatVersion,
        typeof(SubmissionChain).Assembly.ManifestModule.ModuleVersionId.ToString(),
        typeof(CSharpCompilation).Assembly.ManifestModule.ModuleVersionId.ToString(),
        typeof(Compilation).Assembly.ManifestModule.ModuleVersionId.ToString(),
        RuntimeInformation.FrameworkDescription,
        RuntimeInformation.RuntimeIdentifier,
        typeof(object).Assembly.ManifestModule.ModuleVersionId.ToString());

    private static string Hash(params string[] parts)
    {
        var text = string.Concat(parts.Select(p => p.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + p));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
