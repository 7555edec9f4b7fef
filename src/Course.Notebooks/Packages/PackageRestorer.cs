using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Course.Notebooks.Directives;

namespace Course.Notebooks.Packages;

/// <summary>
/// Restores NuGet packages through the .NET SDK: writes a tiny project that references them, runs
/// <c>dotnet restore</c>, and reads the runtime assemblies of the whole closure from
/// <c>project.assets.json</c>. Each package set gets its own folder under the cache, so a set
/// restored once is never restored (or downloaded) again.
/// </summary>
/// <param name="cacheDirectory">Where the generated projects live; created if missing.</param>
public sealed class PackageRestorer(string cacheDirectory)
{
    /// <summary>The default cache: <c>course/restore</c> under the user's local application data folder.</summary>
    public static string DefaultCacheDirectory { get; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "course",
        "restore");

    /// <summary>The folder holding one generated project per package set.</summary>
    public string CacheDirectory { get; } = cacheDirectory;

    /// <summary>Restores the packages (unless already restored) and lists the runtime assemblies of their closure.</summary>
    /// <param name="packages">The packages to reference together.</param>
    /// <param name="sources">Extra package sources (from <c>#i</c>), used besides the configured ones.</param>
    /// <param name="cancellationToken">Stops the restore.</param>
    /// <returns>Full paths of every runtime assembly in the restored closure.</returns>
    /// <exception cref="PackageRestoreException">The restore failed.</exception>
    public async Task<IReadOnlyList<string>> RestoreAsync(
        IReadOnlyList<PackageReferenceDirective> packages,
        IReadOnlyList<string> sources,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(packages);
        ArgumentNullException.ThrowIfNull(sources);
        var targetFramework = $"net{Environment.Version.Major}.0";
        var project = ProjectText(packages, sources, targetFramework);
        var folder = Path.Combine(CacheDirectory, Key(project));
        var assets = Path.Combine(folder, "obj", "project.assets.json");
        if (!File.Exists(assets))
        {
            Directory.CreateDirectory(folder);
            foreach (var stub in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
            {
                await File.WriteAllTextAsync(Path.Combine(folder, stub), "<Project />\n", cancellationToken);
            }

            await File.WriteAllTextAsync(Path.Combine(folder, "restore.csproj"), project, cancellationToken);
            await RunRestoreAsync(folder, packages, cancellationToken);
        }

        return ReadRuntimeAssemblies(await File.ReadAllTextAsync(assets, cancellationToken), targetFramework);
    }

    private static string ProjectText(IReadOnlyList<PackageReferenceDirective> packages, IReadOnlyList<string> sources, string targetFramework)
    {
        var text = new StringBuilder();
        text.AppendLine("<Project Sdk=\"Microsoft.NET.Sdk\">");
        text.AppendLine("  <PropertyGroup>");
        text.AppendLine($"    <TargetFramework>{targetFramework}</TargetFramework>");
        text.AppendLine("    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>");
        text.AppendLine("    <DisableImplicitNuGetFallbackFolder>true</DisableImplicitNuGetFallbackFolder>");
        if (sources.Count > 0)
        {
            text.AppendLine($"    <RestoreAdditionalProjectSources>{Escape(string.Join(';', sources.Distinct()))}</RestoreAdditionalProjectSources>");
        }

        text.AppendLine("  </PropertyGroup>");
        text.AppendLine("  <ItemGroup>");
        foreach (var package in packages.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase))
        {
            text.AppendLine($"    <PackageReference Include=\"{Escape(package.Name)}\" Version=\"{Escape(package.Version ?? "*")}\" />");
        }

        text.AppendLine("  </ItemGroup>");
        text.AppendLine("</Project>");
        return text.ToString();
    }

    private static string Escape(string value) => System.Security.SecurityElement.Escape(value);

    private static string Key(string project) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(project)))[..16];

    private static async Task RunRestoreAsync(string folder, IReadOnlyList<PackageReferenceDirective> packages, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(DotnetHost(), ["restore", "restore.csproj", "--nologo", "-v", "q"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // When the host itself runs under `dotnet test` or `dotnet run`, MSBuild's variables point at
        // that build; the nested restore must find its own.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)
            ?? throw new PackageRestoreException("Could not start `dotnet restore`.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (process.ExitCode != 0)
        {
            var names = string.Join(", ", packages.Select(p => p.Version is null ? p.Name : $"{p.Name} {p.Version}"));
            throw new PackageRestoreException(
                $"Restoring {names} failed (dotnet restore exited with {process.ExitCode}):\n{(await output).Trim()}\n{(await error).Trim()}".TrimEnd());
        }
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Reads the runtime assemblies of every package in a restore's closure.</summary>
    internal static IReadOnlyList<string> ReadRuntimeAssemblies(string assetsJson, string targetFramework)
    {
        var root = JsonNode.Parse(assetsJson)!.AsObject();
        var packageFolder = root["packageFolders"]!.AsObject().First().Key;
        var libraries = root["libraries"]!.AsObject();
        var target = root["targets"]![targetFramework]!.AsObject();
        var paths = new List<string>();
        foreach (var (name, entry) in target)
        {
            if (entry?["type"]?.GetValue<string>() != "package" || entry["runtime"] is not JsonObject runtime)
            {
                continue;
            }

            var libraryPath = libraries[name]!["path"]!.GetValue<string>();
            foreach (var (file, _) in runtime)
            {
                if (file.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                {
                    paths.Add(Path.GetFullPath(Path.Combine(packageFolder, libraryPath, file)));
                }
            }
        }

        return paths;
    }
}
