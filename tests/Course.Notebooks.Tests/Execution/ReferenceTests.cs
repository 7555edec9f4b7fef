using System.Runtime.Loader;
using Course.Charts;
using Course.Notebooks.Execution;
using Course.Notebooks.Running;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Course.Notebooks.Tests.Execution;

public sealed class ReferenceTests
{
    private static async Task<(CellResult Result, RecordingSink Sink)> Run(ScriptSession session, string code)
    {
        var sink = new RecordingSink();
        return (await session.ExecuteAsync(code, sink, TestContext.Current.CancellationToken), sink);
    }

    private static string Plain(RecordingSink sink) =>
        Assert.IsType<RecordingSink.Result>(Assert.Single(sink.Outputs)).Value["text/plain"]!;

    [Fact]
    public async Task Hash_r_of_a_path_references_a_dll_relative_to_the_notebook()
    {
        var folder = Directory.CreateTempSubdirectory("course-ref-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "lib"));
        var compilation = CSharpCompilation.Create(
            "Tiny",
            [CSharpSyntaxTree.ParseText("namespace Tiny; public static class Greeter { public static string Hello(string name) => \"hello \" + name; }", cancellationToken: TestContext.Current.CancellationToken)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var emitted = compilation.Emit(Path.Combine(folder, "lib", "Tiny.dll"), cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(emitted.Success);
        using var session = new ScriptSession(new ScriptSessionOptions { WorkingDirectory = folder });

        var (result, sink) = await Run(session, "#r \"lib/Tiny.dll\"\nTiny.Greeter.Hello(\"course\")");

        Assert.True(result.Succeeded, string.Join("\n", sink.Errors));
        Assert.Equal("hello course", Plain(sink));
    }

    [Fact]
    public async Task Hash_r_of_a_missing_path_is_an_error_naming_it()
    {
        using var session = new ScriptSession();

        var (result, sink) = await Run(session, "#r \"nowhere/Missing.dll\"\n1");

        Assert.Equal(CellStatus.Failed, result.Status);
        Assert.Contains("Missing.dll", Assert.Single(sink.Errors).Value);
    }

    [Fact]
    public async Task Hash_r_nuget_restores_a_real_package_once_and_references_it()
    {
        // Humanizer.Core is not referenced by this test host, so only the restore can bring it.
        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "Humanizer");
        var cache = Directory.CreateTempSubdirectory("course-nuget-").FullName;
        var options = new ScriptSessionOptions { PackageCacheDirectory = cache, CellTimeout = TimeSpan.FromMinutes(5) };
        const string Cell = "#r \"nuget: Humanizer.Core, 2.14.1\"\nusing Humanizer;\n\"SomeLearningRate\".Humanize()";

        using (var first = new ScriptSession(options))
        {
            var (result, sink) = await Run(first, Cell);
            Assert.True(result.Succeeded, string.Join("\n", sink.Errors));
            Assert.Equal("Some learning rate", Plain(sink));
        }

        var assets = Assert.Single(Directory.GetFiles(cache, "project.assets.json", SearchOption.AllDirectories));
        var restoredAt = File.GetLastWriteTimeUtc(assets);
        using var second = new ScriptSession(options);
        var (again, againSink) = await Run(second, Cell);

        Assert.True(again.Succeeded, string.Join("\n", againSink.Errors));
        Assert.Equal(restoredAt, File.GetLastWriteTimeUtc(assets));
    }

    [Fact]
    public async Task Hash_r_nuget_of_a_package_the_host_has_binds_to_the_one_loaded_copy()
    {
        using var session = new ScriptSession(new ScriptSessionOptions
        {
            PreloadedAssemblies = [typeof(ChartFormatter).Assembly],
            CellTimeout = TimeSpan.FromMinutes(5),
            PackageCacheDirectory = Directory.CreateTempSubdirectory("course-nuget-").FullName,
        });

        var (result, sink) = await Run(
            session,
            "#r \"nuget: Plotly.NET, 6.0.0\"\nusing Plotly.NET;\nvar trace = new Trace2D(\"scatter\");\ntrace.SetProperty(\"y\", new[] { 1.0, 2.0 });\nGenericChart.ofTraceObject(true, trace)");

        Assert.True(result.Succeeded, string.Join("\n", sink.Errors));
        var everyAssembly = AssemblyLoadContext.All.SelectMany(c => c.Assemblies).ToList();
        Assert.Single(everyAssembly, a => a.GetName().Name == "FSharp.Core");
        Assert.Single(everyAssembly, a => a.GetName().Name == "Plotly.NET");
        // The chart is the host's GenericChart type, so the library's formatter draws it.
        var html = Assert.IsType<RecordingSink.Result>(Assert.Single(sink.Outputs)).Value["text/html"];
        Assert.Contains(ChartFormatter.ChartAttribute, html);
    }

    [Fact]
    public void The_engine_finds_charts_by_the_attribute_the_library_writes() =>
        Assert.Equal(ChartFormatter.ChartAttribute, ChartScriptInjector.ChartMarker);
}
