using System.Reflection;
using Course.Notebooks.Scripting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.Scripting.Hosting;

namespace Course.Notebooks.Execution;

/// <summary>
/// Roslyn scripting where .NET runs in a browser. The empty script a session starts from: Roslyn compiles the first script of a
/// chain against <c>typeof(object).Assembly</c> read from its file, which a host without assembly files
/// (.NET on WebAssembly: <see cref="Assembly.Location"/> is empty) does not have; there the start's
/// compilation is built here from the session's references, which already hold the core library's image.
/// On a runtime without threads (WebAssembly) every submission also compiles sequentially: Roslyn's
/// concurrent build waits on worker tasks, and a single-threaded runtime cannot block on a wait.
/// </summary>
internal static class BrowserScripting
{
    private static readonly FieldInfo? LazyCompilation =
        typeof(Script).GetField("_lazyCompilation", BindingFlags.Instance | BindingFlags.NonPublic);

    /// <summary>The empty first script of a session.</summary>
    /// <param name="options">The session's script options; with <paramref name="withoutFiles"/>, their references include the core library.</param>
    /// <param name="loader">The session's assembly loader.</param>
    /// <param name="withoutFiles">Whether the host's assemblies have no files (references are images).</param>
    public static Script<object> Start(ScriptOptions options, InteractiveAssemblyLoader loader, bool withoutFiles)
    {
        var script = CSharpScript.Create(string.Empty, options, typeof(ScriptGlobals), loader);
        if (withoutFiles)
        {
            var field = LazyCompilation ?? throw new InvalidOperationException(
                "This Roslyn version has no Script._lazyCompilation: the engine cannot start a session without assembly files.");
            field.SetValue(script, Compile(options));
        }

        return script;
    }

    /// <summary>Whether this runtime cannot block a thread on a wait (browser WebAssembly has one thread).</summary>
    public static bool SingleThreaded => OperatingSystem.IsBrowser() || OperatingSystem.IsWasi();

    /// <summary>Makes a script (not yet compiled) compile without worker tasks.</summary>
    /// <param name="script">A submission of the session.</param>
    public static void CompileSequentially(Script script)
    {
        var field = LazyCompilation ?? throw new InvalidOperationException(
            "This Roslyn version has no Script._lazyCompilation: the engine cannot compile cells on a single thread.");
        var compilation = script.GetCompilation();
        field.SetValue(script, compilation.WithOptions(compilation.Options.WithConcurrentBuild(false)));
    }

    /// <summary>The compilation Roslyn would make for the empty first submission, with the session's references only.</summary>
    private static CSharpCompilation Compile(ScriptOptions options)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script);
        var tree = CSharpSyntaxTree.ParseText(string.Empty, parseOptions, options.FilePath);
        var compilationOptions = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            scriptClassName: "Submission#start",
            usings: options.Imports,
            optimizationLevel: options.OptimizationLevel,
            checkOverflow: options.CheckOverflow,
            allowUnsafe: options.AllowUnsafe,
            warningLevel: options.WarningLevel,
            sourceReferenceResolver: options.SourceResolver,
            metadataReferenceResolver: options.MetadataResolver,
            concurrentBuild: !SingleThreaded,
            assemblyIdentityComparer: DesktopAssemblyIdentityComparer.Default);
        return CSharpCompilation.CreateScriptCompilation(
            "\u211B*" + Guid.NewGuid().ToString("N") + "#start",
            tree,
            options.MetadataReferences,
            compilationOptions,
            previousScriptCompilation: null,
            returnType: typeof(object),
            globalsType: typeof(ScriptGlobals));
    }
}
