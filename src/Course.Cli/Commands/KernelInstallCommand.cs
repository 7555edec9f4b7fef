using System.CommandLine;
using Course.Charts;
using Course.Kernel.Specs;

namespace Course.Cli.Commands;

/// <summary><c>course kernel install</c>: registers this build as the Jupyter kernel "C# (course)".</summary>
internal static class KernelInstallCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var location = new KernelSpecLocationOptions();
        var command = new Command("install", "Install the kernelspec so VS Code, JupyterLab and nbconvert can run the lessons.");
        location.AddTo(command);
        command.SetAction(result => CommandErrors.Report(() =>
        {
            var spec = KernelSpec.ForCourse(KernelSpecInstaller.DotnetHost(), typeof(KernelInstallCommand).Assembly.Location);
            // Jupyter servers serve this copy of plotly.js to chart outputs whose notebook carries none.
            var resources = new Dictionary<string, string> { [ChartFormatterHtml.KernelSpecPlotlyFile] = ChartFormatterHtml.PlotlyGlobalScript() };
            var directory = KernelSpecInstaller.Install(location.Location(result), location.Name(result), spec, resources);
            Console.WriteLine($"Installed kernelspec {location.Name(result)} ({KernelSpec.CourseDisplayName}) in {directory}");
        }));
        return command;
    }
}
