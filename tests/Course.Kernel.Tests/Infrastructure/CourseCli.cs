namespace Course.Kernel.Tests.Infrastructure;

/// <summary>The built course command line, run the way the kernelspec runs it (<c>dotnet Course.Cli.dll …</c>).</summary>
internal static class CourseCli
{
    public static string Assembly => Path.Combine(AppContext.BaseDirectory, "Course.Cli.dll");

    public static ProcessResult Run(IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        ProcessRunner.Run("dotnet", [Assembly, .. arguments], TimeSpan.FromMinutes(5), environment);
}
