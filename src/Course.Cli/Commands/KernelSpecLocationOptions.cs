using System.CommandLine;
using Course.Kernel.Specs;

namespace Course.Cli.Commands;

/// <summary>The options shared by <c>kernel install</c> and <c>kernel uninstall</c>: where the kernelspec lives and its name.</summary>
internal sealed class KernelSpecLocationOptions
{
    private readonly Option<bool> user = new("--user") { Description = "The user's Jupyter data folder (the default)." };
    private readonly Option<DirectoryInfo?> prefix = new("--prefix") { Description = "Under DIR/share/jupyter/kernels instead." };
    private readonly Option<bool> sysPrefix = new("--sys-prefix") { Description = "Under the prefix of the python3 on PATH (a virtualenv's Jupyter)." };
    private readonly Option<string> name = new("--name")
    {
        Description = "The kernelspec name the notebooks' metadata refers to.",
        DefaultValueFactory = _ => KernelSpec.DefaultName,
    };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(user);
        command.Options.Add(prefix);
        command.Options.Add(sysPrefix);
        command.Options.Add(name);
    }

    /// <summary>The kernelspec name given.</summary>
    public string Name(ParseResult result) => result.GetValue(name)!;

    /// <summary>The kernels folder chosen; more than one of --user, --prefix, --sys-prefix is an error.</summary>
    public KernelSpecLocation Location(ParseResult result)
    {
        var chosen = new[] { result.GetValue(user), result.GetValue(prefix) is not null, result.GetValue(sysPrefix) }.Count(c => c);
        if (chosen > 1)
        {
            throw new ArgumentException("choose one of --user, --prefix DIR and --sys-prefix.");
        }

        return result.GetValue(prefix) is { } directory
            ? KernelSpecLocation.Prefix(directory.FullName)
            : result.GetValue(sysPrefix) ? KernelSpecLocation.SysPrefix() : KernelSpecLocation.User();
    }
}
