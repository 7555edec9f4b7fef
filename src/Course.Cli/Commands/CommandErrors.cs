namespace Course.Cli.Commands;

/// <summary>Turns a command's bad-input exceptions into a one-line message on stderr and exit code 2.</summary>
internal static class CommandErrors
{
    /// <summary>Runs <paramref name="action"/>; returns 0, or 2 after printing the message of a bad-input error.</summary>
    public static int Report(Action action)
    {
        try
        {
            action();
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"course: {e.Message}");
            return 2;
        }
    }
}
