using Microsoft.CodeAnalysis.CSharp;

namespace Course.Notebooks.Execution;

/// <summary>A cell compiled (or read from the cache) and loaded, ready to run on its session's submission states.</summary>
/// <param name="Key">The cell's key: its code and everything its compilation depended on, hashed.</param>
/// <param name="Cell">What was compiled.</param>
/// <param name="Compilation">Its compilation, which later cells continue (made only when needed when it came from the cache).</param>
/// <param name="Factory">The submission's entry point, or <see langword="null"/> when it has nothing to run.</param>
internal sealed record CompiledSubmission(
    string Key,
    CompiledCell Cell,
    Lazy<CSharpCompilation> Compilation,
    Func<object?[], Task<object?>>? Factory)
{
    /// <summary>
    /// Runs the cell: its submission object takes its place in <paramref name="states"/> (the globals first, then
    /// every earlier cell's), where later cells find the variables it declared.
    /// </summary>
    /// <param name="states">The session's submission states, with room for this one.</param>
    /// <returns>The value of the cell's last expression (<see langword="null"/> when there is none).</returns>
    /// <remarks>Its frame ends the cell's own part of a stack trace (<see cref="ErrorReports.Exception"/>).</remarks>
    public async Task<object?> RunAsync(object?[] states) => Factory is null ? null : await Factory(states);
}
