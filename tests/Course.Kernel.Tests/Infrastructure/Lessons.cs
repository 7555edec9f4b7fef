namespace Course.Kernel.Tests.Infrastructure;

/// <summary>The lessons under the repository's <c>notebooks/</c> folder.</summary>
internal static class Lessons
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Folder => Path.Combine(RepositoryRoot, "notebooks");

    /// <summary>The lessons' file names, in course order, as theory data.</summary>
    public static TheoryData<string> FileNames()
    {
        var data = new TheoryData<string>();
        string[] paths = Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.ipynb") : [];
        foreach (var path in paths.Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Course.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Course.sln not found above the test folder");
    }
}
