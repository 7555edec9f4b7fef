using System.Text.Json;

namespace Course.Kernel.Specs;

/// <summary>Writes and removes the course kernel's kernelspec folder.</summary>
public static class KernelSpecInstaller
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The logo files of a kernelspec, which clients show in their launchers and kernel pickers.</summary>
    public static IReadOnlyList<string> LogoFiles { get; } = ["logo-32x32.png", "logo-64x64.png"];

    /// <summary>
    /// Writes <c>kernel.json</c>, the logos (<see cref="LogoFiles"/>) and the given resource files into
    /// <c>location/name</c>, replacing an earlier install; returns the folder. Jupyter servers serve the
    /// folder's files at <c>{base_url}kernelspecs/{name}/{file}</c>.
    /// </summary>
    /// <param name="location">The kernels directory to install into.</param>
    /// <param name="name">The kernelspec name.</param>
    /// <param name="spec">The spec to write.</param>
    /// <param name="resources">Files to write beside <c>kernel.json</c>: plain file name → text.</param>
    public static string Install(KernelSpecLocation location, string name, KernelSpec spec, IReadOnlyDictionary<string, string>? resources = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(spec);
        var directory = location.SpecDirectory(name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "kernel.json"), JsonSerializer.Serialize(spec, Indented));
        foreach (var logo in LogoFiles)
        {
            using var source = typeof(KernelSpecInstaller).Assembly.GetManifestResourceStream($"logos/{logo}")
                ?? throw new InvalidOperationException($"the kernel was built without its {logo}");
            using var target = File.Create(Path.Combine(directory, logo));
            source.CopyTo(target);
        }

        foreach (var (file, text) in resources ?? new Dictionary<string, string>())
        {
            if (Path.GetFileName(file) != file || file is "kernel.json")
            {
                throw new ArgumentException($"kernelspec resource \"{file}\" must be a plain file name other than kernel.json.", nameof(resources));
            }

            File.WriteAllText(Path.Combine(directory, file), text);
        }

        return directory;
    }

    /// <summary>Removes <c>location/name</c>; returns whether there was one.</summary>
    /// <param name="location">The kernels directory.</param>
    /// <param name="name">The kernelspec name.</param>
    public static bool Uninstall(KernelSpecLocation location, string name)
    {
        ArgumentNullException.ThrowIfNull(location);
        var directory = location.SpecDirectory(name);
        if (!Directory.Exists(directory))
        {
            return false;
        }

        Directory.Delete(directory, recursive: true);
        return true;
    }

    /// <summary>
    /// The <c>dotnet</c> host running this process, or, when started through an app host, the one in
    /// <c>DOTNET_HOST_PATH</c> / <c>DOTNET_ROOT</c>, else <c>dotnet</c> from PATH.
    /// </summary>
    public static string DotnetHost()
    {
        var exe = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        var process = Environment.ProcessPath;
        if (process is not null && Path.GetFileName(process).Equals(exe, StringComparison.OrdinalIgnoreCase))
        {
            return process;
        }

        var hostPath = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(hostPath) && File.Exists(hostPath))
        {
            return hostPath;
        }

        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (!string.IsNullOrEmpty(root) && File.Exists(Path.Combine(root, exe)))
        {
            return Path.Combine(root, exe);
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, exe))
            .FirstOrDefault(File.Exists);
        return onPath ?? exe;
    }
}
