using System.Reflection;

namespace Course.Notebooks.Execution;

/// <summary>How a <see cref="ScriptSession"/> is set up.</summary>
public sealed record ScriptSessionOptions
{
    /// <summary>The folder cells run in (the notebook's folder): the current directory while a cell runs,
    /// and the base for <c>#r "path.dll"</c>.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>
    /// Assemblies the host has loaded (or can load) that every cell references without a directive,
    /// for example the Course library. The engine adds each one's dependency closure, runs their module
    /// initializers (so formatters they register are active), and makes the cells bind to these very
    /// copies, so a <c>#r "nuget: …"</c> of a package the host already has never loads a second copy.
    /// </summary>
    public IReadOnlyList<Assembly> PreloadedAssemblies { get; init; } = [];

    /// <summary>Namespaces every cell imports, in addition to <see cref="ScriptSession.DefaultImports"/>.</summary>
    public IReadOnlyList<string> AdditionalImports { get; init; } = [];

    /// <summary>How long a cell may run before it is stopped and reported as timed out; <see langword="null"/> for no limit.</summary>
    public TimeSpan? CellTimeout { get; init; }

    /// <summary>Where <c>#r "nuget: …"</c> keeps its generated restore projects.</summary>
    public string PackageCacheDirectory { get; init; } = Packages.PackageRestorer.DefaultCacheDirectory;

    /// <summary>
    /// Every assembly cells compile against, as the bytes of its file (the framework's included), for hosts
    /// whose assemblies have no files to read, such as .NET on WebAssembly. <see langword="null"/> (the
    /// default): the shared framework's files and the files of the preloaded assemblies and their closure.
    /// </summary>
    public IReadOnlyList<byte[]>? ReferenceImages { get; init; }

    /// <summary>
    /// Why this host cannot restore packages, when it cannot (no SDK, no network): then <c>#r "nuget: …"</c>
    /// and <c>#i</c> fail with this text instead of trying. <see langword="null"/>: packages are restored.
    /// </summary>
    public string? PackagesUnavailable { get; init; }

    /// <summary>
    /// Where compiled cells are kept between runs (<c>course run</c>); <see langword="null"/> (the default): every cell is
    /// compiled. Ignored when <see cref="ReferenceImages"/> is set.
    /// </summary>
    public CompiledCellCache? CompiledCells { get; init; }
}
