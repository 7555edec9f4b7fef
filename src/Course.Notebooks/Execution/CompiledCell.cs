namespace Course.Notebooks.Execution;

/// <summary>
/// A cell compiled into its own submission assembly: what the engine needs to run it again without the compiler.
/// </summary>
/// <param name="AssemblyName">The submission assembly's name; later cells' assemblies reference it by this name.</param>
/// <param name="GuardedCode">The code that was compiled: the cell with its cancellation checks written in.</param>
/// <param name="SubmissionType">The submission class holding the <c>&lt;Factory&gt;</c> entry point, or <see langword="null"/>
/// when the cell has nothing to run (only <c>using</c> directives, say).</param>
/// <param name="HasReturnValue">Whether the cell ends in an expression without <c>;</c> whose value it shows.</param>
/// <param name="Image">The assembly (empty when there is nothing to run).</param>
/// <param name="DebugInformation">Its portable PDB, so stack traces name the cell's lines (empty when there is nothing to run).</param>
public sealed record CompiledCell(
    string AssemblyName,
    string GuardedCode,
    string? SubmissionType,
    bool HasReturnValue,
    byte[] Image,
    byte[] DebugInformation);
