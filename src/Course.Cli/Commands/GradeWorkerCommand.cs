using System.CommandLine;
using Course.Cli.Grading;

namespace Course.Cli.Commands;

/// <summary><c>course grade-worker job report</c> (hidden): the child process that runs one submission for <c>course grade</c>.</summary>
public static class GradeWorkerCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The hidden <c>grade-worker</c> command.</returns>
    public static Command Create()
    {
        var job = new Argument<string>("job") { Description = "The job JSON written by course grade." };
        var report = new Argument<string>("report") { Description = "The JSON-lines report to write." };
        var command = new Command("grade-worker", "Run one submission for course grade (internal).") { job, report };
        command.Hidden = true;
        command.SetAction((parse, _) => GradeWorker.RunAsync(parse.GetValue(job)!, parse.GetValue(report)!));
        return command;
    }
}
