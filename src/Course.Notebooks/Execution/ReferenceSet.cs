using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace Course.Notebooks.Execution;

/// <summary>
/// The assemblies a session's cells compile against and load, kept to one copy of each: the shared
/// framework, the host's preloaded assemblies with their closure, and whatever directives add.
/// An assembly the host already has (loaded, or listed in its dependency manifest) is always bound to
/// the host's copy, even when a restored package brings its own file. A host whose assemblies have no
/// files (.NET on WebAssembly) hands over their images instead: then cells compile against exactly those.
/// </summary>
internal sealed class ReferenceSet
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> FrameworkReferences = new(LoadFrameworkReferences);
    private static readonly Lazy<IReadOnlyDictionary<string, string>> HostAssemblyFiles = new(ReadHostAssemblyFiles);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PortableExecutableReference> FileReferences = new(StringComparer.Ordinal);
    private static readonly Lazy<XmlDocumentation?> FrameworkDocs = new(() => XmlDocumentation.ForFramework(FrameworkDirectory));

    private readonly HashSet<string> referencedFiles = new(StringComparer.Ordinal);
    private readonly List<MetadataReference> references;
    private readonly bool fromImages;

    /// <summary>A set that starts with the shared framework's files, or with the given images.</summary>
    /// <param name="images">Every assembly cells compile against, as the bytes of its file (framework included);
    /// <see langword="null"/> to read the shared framework's files and each host assembly's file.</param>
    public ReferenceSet(IReadOnlyList<byte[]>? images = null)
    {
        fromImages = images is not null;
        references = images is null
            ? [.. FrameworkReferences.Value]
            : [.. images.Select(image => (MetadataReference)MetadataReference.CreateFromImage(image))];
    }

    /// <summary>Where the session's cells are loaded, and the referenced files the host does not have.</summary>
    public SubmissionLoadContext Loader { get; } = new();

    /// <summary>Every reference so far.</summary>
    public IReadOnlyList<MetadataReference> References => references;

    /// <summary>References an assembly the host has loaded, and its dependency closure.</summary>
    public void AddHostAssembly(Assembly assembly, bool runModuleInitializer)
    {
        if (!fromImages)
        {
            AddHostClosure(assembly);
        }

        if (runModuleInitializer)
        {
            RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
        }
    }

    private void AddHostClosure(Assembly assembly)
    {
        var pending = new Stack<Assembly>([assembly]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryPop(out var next))
        {
            if (next.IsDynamic || string.IsNullOrEmpty(next.Location) || IsFramework(next.Location) || !seen.Add(next.Location))
            {
                continue;
            }

            Reference(next);
            foreach (var name in next.GetReferencedAssemblies())
            {
                if (TryLoadFromHost(name) is { } dependency)
                {
                    pending.Push(dependency);
                }
            }
        }
    }

    /// <summary>References an assembly file, binding to the host's copy if the host has one of that name.</summary>
    /// <returns>The full path referenced (the host's copy's path when it was used).</returns>
    public string AddFile(string path)
    {
        var name = AssemblyName.GetAssemblyName(path);
        if (TryLoadFromHost(name) is { } host)
        {
            AddHostAssembly(host, runModuleInitializer: false);
            return host.Location;
        }

        var full = Path.GetFullPath(path);
        if (referencedFiles.Add(full))
        {
            references.Add(FromFile(full));
            Loader.AddFile(full);
        }

        return full;
    }

    private void Reference(Assembly assembly)
    {
        if (referencedFiles.Add(assembly.Location))
        {
            references.Add(FromFile(assembly.Location));
        }
    }

    /// <summary>
    /// A reference to an assembly file, with the documentation file beside it (<c>Name.xml</c>) when there is one; one per
    /// file in the process, so every session (every lesson of a <c>course run</c>) shares its metadata.
    /// </summary>
    private static PortableExecutableReference FromFile(string path) =>
        FileReferences.GetOrAdd(path, p => MetadataReference.CreateFromFile(p, documentation: XmlDocumentation.Beside(p)));

    private static Assembly? TryLoadFromHost(AssemblyName name)
    {
        var loaded = AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a => a.GetName().Name == name.Name);
        if (loaded is not null)
        {
            return loaded;
        }

        if (!HostAssemblyFiles.Value.ContainsKey(name.Name!))
        {
            return null;
        }

        try
        {
            return AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName(name.Name!));
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return null;
        }
    }

    private static string FrameworkDirectory => Path.GetDirectoryName(typeof(object).Assembly.Location)!;

    private static bool IsFramework(string path) =>
        string.Equals(Path.GetDirectoryName(path), FrameworkDirectory, StringComparison.Ordinal);

    private static IReadOnlyList<MetadataReference> LoadFrameworkReferences() =>
        Directory.EnumerateFiles(FrameworkDirectory, "*.dll")
            .Where(IsManagedAssembly)
            .Order(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path, documentation: FrameworkDocs.Value))
            .ToList();

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    /// <summary>The host's trusted platform assemblies by simple name: what its default context can load.</summary>
    private static IReadOnlyDictionary<string, string> ReadHostAssemblyFiles()
    {
        var list = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty;
        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            files.TryAdd(Path.GetFileNameWithoutExtension(path), path);
        }

        return files;
    }
}
