using System.CommandLine;
using Course.Charts;
using Course.Kernel;
using Course.Kernel.Connection;

namespace Course.Cli.Commands;

/// <summary>
/// <c>course kernel --connection-file F</c> runs the Jupyter kernel (Jupyter clients start it through
/// the kernelspec); <c>course kernel install|uninstall</c> manage that kernelspec.
/// </summary>
internal static class KernelCommand
{
    /// <summary>Creates the command with its subcommands.</summary>
    public static Command Create()
    {
        var connectionFile = new Option<FileInfo>("--connection-file", "-f")
        {
            Description = "The connection file written by the Jupyter client.",
            Required = true,
        };
        var command = new Command("kernel", "Run the course's C# Jupyter kernel, or install it for VS Code and JupyterLab.")
        {
            connectionFile,
        };
        command.Subcommands.Add(KernelInstallCommand.Create());
        command.Subcommands.Add(KernelUninstallCommand.Create());
        command.SetAction(result => CommandErrors.Report(() =>
        {
            // Cells' console output is captured by the engine; the kernel's own log goes to the real stderr.
            var log = new StreamWriter(Console.OpenStandardError()) { AutoFlush = true };
            var connection = ConnectionInfo.Load(result.GetValue(connectionFile)!.FullName);
            using var server = new KernelServer(connection, CourseSession.Create, ChartFormatterHtml.PlotlyGlobalScript, log);
            var parent = Environment.GetEnvironmentVariable(ParentProcessWatch.Variable);
            using var watch = ParentProcessWatch.Start(parent, () => server.Stop($"the client that started it (process {parent}) exited"));
            server.Run();
        }));
        return command;
    }
}
