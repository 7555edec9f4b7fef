using System.CommandLine;
using System.CommandLine.Parsing;

namespace Course.Cli.Commands;

/// <summary>Turns a command's bad-input exceptions into a one-line message on stderr and exit code 2.</summary>
internal static class CommandErrors
{
    /// <summary>
    /// Prints the first error of a command line that did not parse (unknown option, bad value, missing
    /// path) as one line on stderr, naming the command, and returns exit code 2.
    /// </summary>
    /// <param name="parse">The parse result with at least one error.</param>
    /// <returns>2.</returns>
    public static int ReportParseError(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result.Parent is CommandResult parent; result = parent)
        {
            names.Insert(0, result.Command.Name);
        }

        var command = string.Join(' ', names.Prepend("course"));
        Console.Error.WriteLine($"{command}: {parse.Errors[0].Message} (see {command} --help)");
        return 2;
    }

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
