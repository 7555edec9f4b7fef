using Course.Notebooks.Execution;

namespace Course.Cli.Commands;

/// <summary>The engine session every lesson runs in: the Course library preloaded, the working directory the notebook's folder.</summary>
internal static class CourseSession
{
    /// <summary>A session working in the current directory (Jupyter starts kernels in the notebook's folder).</summary>
    public static ScriptSession Create() => new(new ScriptSessionOptions
    {
        WorkingDirectory = Environment.CurrentDirectory,
        PreloadedAssemblies = [typeof(Course.Optimizers.IOptimizer).Assembly],
    });
}
