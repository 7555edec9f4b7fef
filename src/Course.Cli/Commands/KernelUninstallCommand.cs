using System.CommandLine;
using Course.Kernel.Specs;

namespace Course.Cli.Commands;

/// <summary><c>course kernel uninstall</c>: removes the kernelspec written by <c>kernel install</c>.</summary>
internal static class KernelUninstallCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var location = new KernelSpecLocationOptions();
        var command = new Command("uninstall", "Remove the kernelspec.");
        location.AddTo(command);
        command.SetAction(result => CommandErrors.Report(() =>
        {
            var name = location.Name(result);
            var kernels = location.Location(result);
            Console.WriteLine(KernelSpecInstaller.Uninstall(kernels, name)
                ? $"Removed kernelspec {name} from {kernels.KernelsDirectory}"
                : $"No kernelspec {name} in {kernels.KernelsDirectory}");
        }));
        return command;
    }
}
