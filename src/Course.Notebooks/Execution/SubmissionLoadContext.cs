using System.Reflection;
using System.Runtime.Loader;

namespace Course.Notebooks.Execution;

/// <summary>
/// Where one session's compiled cells are loaded: each cell's assembly finds the cells before it here, an
/// assembly file a directive referenced (a restored package the host does not have) is loaded from its file,
/// and everything else (the framework, the host's preloaded assemblies) comes from the host's default context,
/// so cells bind to the host's very copies.
/// </summary>
internal sealed class SubmissionLoadContext() : AssemblyLoadContext("course cells", isCollectible: false)
{
    private readonly Dictionary<string, Assembly> loaded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> files = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock gate = new();

    /// <summary>Makes an assembly file loadable by its simple name.</summary>
    /// <param name="path">The file's full path.</param>
    public void AddFile(string path)
    {
        lock (gate)
        {
            files.TryAdd(AssemblyName.GetAssemblyName(path).Name!, path);
        }
    }

    /// <summary>Loads a compiled cell, with its debug information (stack traces then name the cell's lines).</summary>
    /// <param name="image">The cell's assembly.</param>
    /// <param name="debugInformation">Its portable PDB.</param>
    public Assembly LoadSubmission(byte[] image, byte[] debugInformation)
    {
        using var pe = new MemoryStream(image, writable: false);
        using var pdb = new MemoryStream(debugInformation, writable: false);
        var assembly = LoadFromStream(pe, pdb);
        lock (gate)
        {
            loaded[assembly.GetName().Name!] = assembly;
        }

        return assembly;
    }

    /// <inheritdoc/>
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        string? path;
        lock (gate)
        {
            if (loaded.TryGetValue(assemblyName.Name!, out var known))
            {
                return known;
            }

            if (!files.TryGetValue(assemblyName.Name!, out path))
            {
                return null;
            }
        }

        var assembly = LoadFromAssemblyPath(path);
        lock (gate)
        {
            loaded[assemblyName.Name!] = assembly;
        }

        return assembly;
    }
}
