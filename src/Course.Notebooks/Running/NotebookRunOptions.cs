using System.Reflection;

namespace Course.Notebooks.Running;

/// <summary>How <see cref="NotebookRunner"/> runs notebooks.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>How long one cell may run; it is then stopped and the rest of the notebook is not run.</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Assemblies every cell references without a directive (the Course library); see
    /// <see cref="Execution.ScriptSessionOptions.PreloadedAssemblies"/>.</summary>
    public IReadOnlyList<Assembly> PreloadedAssemblies { get; init; } = [];

    /// <summary>Where <c>#r "nuget: …"</c> keeps its restore projects; the engine's default when <see langword="null"/>.</summary>
    public string? PackageCacheDirectory { get; init; }

    /// <summary>Where compiled cells are kept between runs; <see langword="null"/>: compile every cell. See
    /// <see cref="Execution.CompiledCellCache"/>.</summary>
    public Execution.CompiledCellCache? CompiledCells { get; init; }
}
