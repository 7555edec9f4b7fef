using System.Globalization;

namespace Course.Grading;

/// <summary>
/// How a worker is confined. <see cref="Bubblewrap"/>: new user, pid, network, ipc, uts and mount namespaces
/// (<c>bwrap --unshare-all</c>), killed with the grader (<c>--die-with-parent</c>, and every descendant with the
/// pid namespace), no capabilities, a clean environment, a private writable <c>/tmp</c> and working folder, and
/// read-only access to only the .NET runtime, the system libraries, the worker's own files and the course's
/// <c>data/</c> — never the instructor notebooks, the submissions, the output folder or anyone's home; run under
/// real limits (<c>prlimit</c>: address space, CPU time, processes, file size, open files) and, when the grader
/// runs as root, as the unprivileged user <c>nobody</c>. <see cref="None"/> (<c>--no-sandbox</c>) runs the worker as
/// the grader's own user, with the grader's files in reach.
/// </summary>
/// <param name="Bwrap">The bubblewrap executable, or <see langword="null"/> for no sandbox.</param>
public sealed record Sandbox(string? Bwrap)
{
    /// <summary>Where the worker's files are mounted inside the sandbox.</summary>
    public const string AppFolder = "/course/app";

    /// <summary>The worker's working folder inside the sandbox (private, writable, empty).</summary>
    public const string WorkFolder = "/course/work";

    /// <summary>Where the course's <c>data/</c> folder is mounted, read-only, so lessons find it from the working folder.</summary>
    public const string DataFolder = "/course/data";

    /// <summary>What running without the sandbox risks, said when <c>--no-sandbox</c> is used.</summary>
    public const string Risk =
        "without the sandbox, student code runs as you: it can read and change your files (the instructor notebooks, other submissions, the grades), reach the network, and leave processes running after grading.";

    /// <summary>No sandbox: the worker runs as the grader's user.</summary>
    public static Sandbox None { get; } = new((string?)null);

    /// <summary>The bubblewrap sandbox, or <see langword="null"/> when bubblewrap is not installed or cannot create namespaces here.</summary>
    public static Sandbox? Bubblewrap { get; } = Find();

    /// <summary>Whether workers are confined.</summary>
    public bool Enabled => Bwrap is not null;

    /// <summary>The command line (program first) that runs <paramref name="worker"/> confined, or directly when not <see cref="Enabled"/>.</summary>
    /// <param name="dotnet">The dotnet host.</param>
    /// <param name="worker">The worker assembly.</param>
    /// <param name="data">The course's data folder, or <see langword="null"/>.</param>
    /// <param name="limits">The limits.</param>
    /// <param name="environment">The worker's whole environment.</param>
    public IReadOnlyList<string> Command(string dotnet, string worker, string? data, GradeLimits limits, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(environment);
        var appFolder = Path.GetDirectoryName(worker)!;
        if (Bwrap is null)
        {
            return [dotnet, "exec", worker];
        }

        var command = new List<string>();
        var rlimits = new List<string>
        {
            Limit("as", ((long)limits.MemoryLimitMegabytes + AddressSpaceOverheadMegabytes) * 1024 * 1024),
            Limit("cpu", (long)Math.Ceiling(limits.NotebookTimeout.TotalSeconds) + 5),
            Limit("fsize", 64L * 1024 * 1024),
            Limit("nofile", 512),
        };
        if (Environment.UserName == "root" && new[] { appFolder, Path.GetDirectoryName(dotnet)!, data ?? "/" }.All(ReadableByEveryone))
        {
            // The process limit counts per real user and does not bind root: the worker runs as nobody.
            command.AddRange(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"]);
            rlimits.Add(Limit("nproc", 1024));
        }

        command.Add("prlimit");
        command.AddRange(rlimits);
        command.Add("--");
        command.AddRange([Bwrap, "--unshare-all", "--unshare-user", "--die-with-parent", "--new-session", "--cap-drop", "ALL", "--clearenv"]);
        foreach (var (name, value) in environment)
        {
            command.AddRange(["--setenv", name, value]);
        }

        foreach (var system in new[] { "/usr", "/lib", "/lib64", "/bin", "/etc/alternatives" }.Where(Directory.Exists))
        {
            command.AddRange(["--ro-bind", system, system]);
        }

        var dotnetRoot = Path.GetDirectoryName(Path.GetFullPath(dotnet))!;
        if (!dotnetRoot.StartsWith("/usr/", StringComparison.Ordinal))
        {
            command.AddRange(["--ro-bind", dotnetRoot, dotnetRoot]);
        }

        command.AddRange(["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp", "--tmpfs", "/course", "--ro-bind", appFolder, AppFolder]);
        if (data is not null)
        {
            command.AddRange(["--ro-bind", data, DataFolder]);
        }

        command.AddRange(["--dir", WorkFolder, "--chdir", WorkFolder, "--", Path.GetFullPath(dotnet), "exec", Path.Combine(AppFolder, Path.GetFileName(worker))]);
        return command;
    }

    /// <summary>Address space allowed beyond the memory limit: the runtime's own reservations (code, stacks, mapped assemblies).</summary>
    public const int AddressSpaceOverheadMegabytes = 3072;

    private static string Limit(string name, long value) => string.Create(CultureInfo.InvariantCulture, $"--{name}={value}");

    private static bool ReadableByEveryone(string folder)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            if ((dir.UnixFileMode & (UnixFileMode.OtherRead | UnixFileMode.OtherExecute)) != (UnixFileMode.OtherRead | UnixFileMode.OtherExecute))
            {
                return false;
            }
        }

        return true;
    }

    private static Sandbox? Find()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var path = (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':')
            .Select(p => Path.Combine(p, "bwrap")).FirstOrDefault(File.Exists);
        return path is null ? null : new Sandbox(path);
    }
}
