using Course.Notebooks.Execution;

namespace Course.Cli.Commands;

/// <summary>The kernel's engine session: the Course library preloaded as <c>course run</c> does, the working directory the notebook's folder, no cell timeout (interrupt instead).</summary>
internal static class CourseSession
{
    /// <summary>A session working in the current directory (Jupyter starts kernels in the notebook's folder).</summary>
    public static ScriptSession Create() => new(new ScriptSessionOptions
    {
        WorkingDirectory = Environment.CurrentDirectory,
        PreloadedAssemblies = [typeof(Course.Charts.ChartFormatter).Assembly],
    });
}
