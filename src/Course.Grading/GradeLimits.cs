namespace Course.Grading;

/// <summary>The limits each submission runs under.</summary>
/// <param name="CellTimeout">How long one cell may run (the engine stops it and grading goes on with the next cell).</param>
/// <param name="NotebookTimeout">How long a whole submission may run before its process is killed.</param>
/// <param name="MemoryLimitMegabytes">The managed heap limit of the submission's process (DOTNET_GCHeapHardLimit).</param>
public sealed record GradeLimits(TimeSpan CellTimeout, TimeSpan NotebookTimeout, int MemoryLimitMegabytes)
{
    /// <summary>30 s per cell, 5 minutes per notebook, 2048 MB.</summary>
    public static GradeLimits Default { get; } = new(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5), 2048);
}
