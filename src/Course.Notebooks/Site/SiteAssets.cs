using System.Reflection;

namespace Course.Notebooks.Site;

/// <summary>The files every site page loads, embedded in the engine: the stylesheet and KaTeX (MIT, with its licence).</summary>
internal static class SiteAssets
{
    private const string Prefix = "site/";

    public static void CopyTo(string directory)
    {
        var assembly = typeof(SiteAssets).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var target = Path.Combine(directory, name[Prefix.Length..].Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var source = assembly.GetManifestResourceStream(name)!;
            using var file = File.Create(target);
            source.CopyTo(file);
        }
    }
}
