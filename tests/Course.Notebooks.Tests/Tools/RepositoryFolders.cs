namespace Course.Notebooks.Tests.Tools;

/// <summary>Folders of the repository the tests were built from.</summary>
internal static class RepositoryFolders
{
    public static string Root { get; } = FindRoot();

    public static string Notebooks => Path.Combine(Root, "notebooks");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Course.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Course.sln above {AppContext.BaseDirectory}.");
    }
}
