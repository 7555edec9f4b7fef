using System.Collections.Concurrent;
using System.Globalization;
using System.Xml;
using Microsoft.CodeAnalysis;

namespace Course.Notebooks.Execution;

/// <summary>
/// Documentation comments read from XML documentation files, looked up by documentation id: a library's
/// <c>Name.xml</c> beside its assembly, or for the shared framework the XML files of the SDK's reference
/// pack (<c>packs/Microsoft.NETCore.App.Ref/VERSION/ref/netX.Y/*.xml</c>). Cells compile against the
/// runtime's implementation assemblies, which carry no documentation and put many types in
/// <c>System.Private.CoreLib</c>, so one provider serves the whole framework: it searches the files named
/// after a member's namespace first, then the others. Files are streamed, not kept in memory.
/// </summary>
internal sealed class XmlDocumentation : DocumentationProvider
{
    private readonly ConcurrentDictionary<string, string> found = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> files;

    /// <summary>A provider searching <paramref name="files"/>.</summary>
    /// <param name="files">XML documentation files.</param>
    public XmlDocumentation(IReadOnlyList<string> files) => this.files = files;

    /// <summary>The provider for the running framework, or <see langword="null"/> when no reference pack is installed (a runtime-only machine).</summary>
    /// <param name="frameworkDirectory">The runtime's folder, <c>DOTNET_ROOT/shared/Microsoft.NETCore.App/VERSION</c>.</param>
    public static XmlDocumentation? ForFramework(string frameworkDirectory)
    {
        var version = Path.GetFileName(frameworkDirectory);
        var root = Path.GetFullPath(Path.Combine(frameworkDirectory, "..", "..", ".."));
        var packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
        if (!Version.TryParse(version.Split('-')[0], out var runtime) || !Directory.Exists(packs))
        {
            return null;
        }

        var pack = Directory.EnumerateDirectories(packs)
            .Select(directory => (Directory: directory, Version: Version.TryParse(Path.GetFileName(directory).Split('-')[0], out var v) ? v : null))
            .Where(p => p.Version is { } v && v.Major == runtime.Major)
            .OrderByDescending(p => p.Version == runtime)
            .ThenByDescending(p => p.Version)
            .Select(p => Path.Combine(p.Directory, "ref", $"net{runtime.Major}.{runtime.Minor}"))
            .FirstOrDefault(Directory.Exists);
        return pack is null ? null : new XmlDocumentation([.. Directory.EnumerateFiles(pack, "*.xml").Order(StringComparer.Ordinal)]);
    }

    /// <summary>The provider for the documentation file beside an assembly, if it has one.</summary>
    /// <param name="assemblyPath">The assembly's path.</param>
    public static XmlDocumentation? Beside(string assemblyPath)
    {
        var xml = Path.ChangeExtension(assemblyPath, ".xml");
        return File.Exists(xml) ? new XmlDocumentation([xml]) : null;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <inheritdoc/>
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    /// <inheritdoc/>
    protected override string GetDocumentationForSymbol(string documentationMemberID, CultureInfo preferredCulture, CancellationToken cancellationToken = default)
    {
        if (found.TryGetValue(documentationMemberID, out var cached))
        {
            return cached;
        }

        foreach (var file in SearchOrder(documentationMemberID))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Read(file, documentationMemberID) is { } xml)
            {
                return found[documentationMemberID] = xml;
            }
        }

        return found[documentationMemberID] = string.Empty;
    }

    /// <summary>Files named after the member's namespace (longest first), then System.Runtime, then the rest.</summary>
    private IEnumerable<string> SearchOrder(string id)
    {
        var name = id.Length > 2 && id[1] == ':' ? id[2..] : id;
        var cut = name.IndexOf('(', StringComparison.Ordinal);
        var parts = (cut >= 0 ? name[..cut] : name).Split('.');
        var preferred = Enumerable.Range(1, parts.Length).Reverse()
            .Select(n => string.Join('.', parts.Take(n)) + ".xml")
            .Append("System.Runtime.xml")
            .ToList();
        var first = preferred
            .Select(fileName => files.FirstOrDefault(f => Path.GetFileName(f).Equals(fileName, StringComparison.OrdinalIgnoreCase)))
            .OfType<string>()
            .Distinct()
            .ToList();
        return first.Concat(files.Except(first));
    }

    private static string? Read(string file, string id)
    {
        try
        {
            using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
            while (reader.ReadToFollowing("member"))
            {
                if (reader.GetAttribute("name") == id)
                {
                    return reader.ReadOuterXml();
                }
            }
        }
        catch (Exception e) when (e is IOException or XmlException or UnauthorizedAccessException)
        {
            // An unreadable file just has no documentation to give.
        }

        return null;
    }
}
