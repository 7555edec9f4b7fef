namespace Course.Kernel.Tests.Infrastructure;

/// <summary>Two files a test and a running cell use to signal each other: the cell has started; the cell may finish.</summary>
internal sealed class FlagFiles : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("course-kernel-flags-").FullName;

    public string Started => Path.Combine(directory, "started");

    public string Release => Path.Combine(directory, "release");

    public void WaitForStarted()
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!File.Exists(Started))
        {
            Assert.True(DateTime.UtcNow < deadline, "the cell never started");
            Thread.Sleep(20);
        }
    }

    public void ReleaseCell() => File.WriteAllText(Release, string.Empty);

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
