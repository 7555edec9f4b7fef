using System.Text.Json.Nodes;
using Course.Kernel.Tests.Infrastructure;

namespace Course.Kernel.Tests;

/// <summary><c>course kernel install / uninstall</c>, checked by jupyter_client's own kernelspec lookup.</summary>
public sealed class KernelSpecInstallTests
{
    private const string ListSpecs =
        "import json; from jupyter_client.kernelspec import KernelSpecManager; print(json.dumps(KernelSpecManager().get_all_specs()))";

    [Fact]
    public void Jupyter_finds_the_installed_kernel_and_no_longer_after_uninstall()
    {
        RequiredTools.Require(RequiredTools.JupyterClientMissing.Value);
        var root = Directory.CreateTempSubdirectory("course-kernelspec-").FullName;
        try
        {
            var environment = new Dictionary<string, string>
            {
                ["JUPYTER_PATH"] = Path.Combine(root, "share", "jupyter"),
                ["JUPYTER_DATA_DIR"] = Path.Combine(root, "data"),
            };
            Assert.Equal(0, CourseCli.Run(null, "kernel", "install", "--prefix", root, "--name", "course-csharp-test").ExitCode);

            var installed = Specs(environment)["course-csharp-test"]!;
            var spec = installed["spec"]!;

            Assert.Equal("C# (course)", spec["display_name"]!.GetValue<string>());
            Assert.Equal("C#", spec["language"]!.GetValue<string>());
            Assert.Equal("message", spec["interrupt_mode"]!.GetValue<string>());
            var argv = spec["argv"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
            Assert.Equal(CourseCli.Assembly, argv[1]);
            Assert.True(File.Exists(argv[0]), $"argv[0] must be the dotnet host: {argv[0]}");
            Assert.Equal(["kernel", "--connection-file", "{connection_file}"], argv[2..]);
            var resources = Specs(environment)["course-csharp-test"]!["resource_dir"]!.GetValue<string>();
            Assert.Equal((32, 32), PngSize(Path.Combine(resources, "logo-32x32.png")));
            Assert.Equal((64, 64), PngSize(Path.Combine(resources, "logo-64x64.png")));
            Assert.Contains("plotly.js v2", File.ReadAllText(Path.Combine(resources, "plotly.min.js")));

            Assert.Equal(0, CourseCli.Run(null, "kernel", "uninstall", "--prefix", root, "--name", "course-csharp-test").ExitCode);
            Assert.Null(Specs(environment)["course-csharp-test"]);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void An_invalid_kernel_name_is_refused()
    {
        var result = CourseCli.Run(null, "kernel", "install", "--prefix", Path.GetTempPath(), "--name", "no spaces");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("no spaces", result.StandardError);
    }

    /// <summary>Width and height from a PNG's IHDR chunk, after checking the PNG signature.</summary>
    private static (int Width, int Height) PngSize(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], bytes[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }

    private static JsonObject Specs(IReadOnlyDictionary<string, string> environment)
    {
        var listed = ProcessRunner.Run(RequiredTools.Python, ["-c", ListSpecs], TimeSpan.FromMinutes(1), environment);
        Assert.Equal(0, listed.ExitCode);
        return JsonNode.Parse(listed.StandardOutput)!.AsObject();
    }
}
