using Course.Notebooks.Execution;
using Course.Notebooks.Ipynb;
using Course.Notebooks.Scripting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Course.Grading.Release;

/// <summary>
/// Compiles a notebook's C# cells in order, as one chain of script submissions, without running them: the
/// check that a released notebook compiles up to (and through) its stubs. Directive lines (<c>#r</c>,
/// <c>#i</c>, <c>#!</c>) are left out, so a cell that needs a NuGet package is checked only as far as the
/// course library and the framework go.
/// </summary>
public static class ReleaseCompiler
{
    /// <summary>The compile errors of <paramref name="notebook"/>, stopping at the first cell that has any.</summary>
    /// <param name="notebook">The notebook to compile.</param>
    /// <returns>One line per error, naming the cell; empty when everything compiles.</returns>
    public static IReadOnlyList<string> Errors(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var options = ScriptOptions.Default
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithReferences(References())
            .WithImports(ScriptSession.DefaultImports);
        Script? script = null;
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            if (!cell.IsCode || cell.Language is not ("csharp" or "C#"))
            {
                continue;
            }

            var code = string.Join('\n', cell.Source.Split('\n').Where(l => !l.TrimStart().StartsWith('#') || l.TrimStart().StartsWith("#region", StringComparison.Ordinal) || l.TrimStart().StartsWith("#endregion", StringComparison.Ordinal)));
            script = script is null ? CSharpScript.Create(code, options, typeof(ScriptGlobals)) : script.ContinueWith(code, options);
            var errors = script.GetCompilation().GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => $"cell {i + 1} (id {cell.Id}): {Position(d)}{d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
                .ToArray();
            if (errors.Length > 0)
            {
                return errors;
            }
        }

        return [];
    }

    private static string Position(Diagnostic diagnostic)
    {
        if (!diagnostic.Location.IsInSource)
        {
            return string.Empty;
        }

        var span = diagnostic.Location.GetLineSpan().StartLinePosition;
        return $"(line {span.Line + 1}, col {span.Character + 1}) ";
    }

    private static IEnumerable<MetadataReference> References()
    {
        var roots = new[] { typeof(Course.Checks.Quiz).Assembly, typeof(ScriptGlobals).Assembly };
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Queue<System.Reflection.Assembly>(roots);
        while (pending.TryDequeue(out var assembly))
        {
            if (string.IsNullOrEmpty(assembly.Location) || !seen.Add(assembly.Location))
            {
                continue;
            }

            yield return MetadataReference.CreateFromFile(assembly.Location);
            foreach (var name in assembly.GetReferencedAssemblies())
            {
                System.Reflection.Assembly? referenced = null;
                try
                {
                    referenced = System.Reflection.Assembly.Load(name);
                }
                catch (FileNotFoundException)
                {
                }
                catch (FileLoadException)
                {
                }

                if (referenced is not null)
                {
                    pending.Enqueue(referenced);
                }
            }
        }
    }
}
