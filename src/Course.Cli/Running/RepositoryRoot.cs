namespace Course.Cli.Running;

/// <summary>Finds the course repository a command was started in.</summary>
public static class RepositoryRoot
{
    /// <summary>The nearest folder at or above <paramref name="start"/> holding <c>Course.sln</c>, else <paramref name="start"/>.</summary>
    /// <param name="start">Where to start looking.</param>
    /// <returns>The repository's root folder.</returns>
    public static string Find(string start)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Course.sln")))
            {
                return folder.FullName;
            }
        }

        return Path.GetFullPath(start);
    }
}
