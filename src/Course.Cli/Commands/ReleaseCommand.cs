using System.CommandLine;
using Course.Grading.Release;
using Course.Notebooks.Ipynb;

namespace Course.Cli.Commands;

/// <summary>
/// <c>course release [notebooks…] --output folder</c>: writes the student version of the instructor notebooks.
/// Refuses, writing nothing, when a solution marker is unbalanced or a student version would not compile.
/// </summary>
public static class ReleaseCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The <c>release</c> command.</returns>
    public static Command Create()
    {
        var paths = new Argument<string[]>("notebooks")
        {
            Description = "Instructor notebooks (default: every notebooks/*.ipynb).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var output = new Option<string>("--output")
        {
            Description = "Folder for the student notebooks.",
            DefaultValueFactory = _ => Path.Combine("artifacts", "release"),
        };
        var command = new Command("release", "Write the student version: solutions replaced by stubs that throw NotImplementedException, outputs cleared.")
        {
            paths,
            output,
        };
        command.SetAction(parse => Run(parse.GetValue(paths) ?? [], parse.GetValue(output)!, Console.Out, Console.Error));
        return command;
    }

    /// <summary>Releases <paramref name="notebooks"/> into <paramref name="output"/>.</summary>
    /// <param name="notebooks">Instructor notebooks; empty for every notebooks/*.ipynb under the current directory.</param>
    /// <param name="output">The folder to write to.</param>
    /// <param name="stdout">Where progress goes.</param>
    /// <param name="stderr">Where problems go.</param>
    /// <returns>0 on success, 1 when nothing was written because of problems.</returns>
    public static int Run(IReadOnlyList<string> notebooks, string output, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(notebooks);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var files = notebooks.Count > 0 ? notebooks : Directory.EnumerateFiles("notebooks", "*.ipynb").Order(StringComparer.Ordinal).ToArray();
        if (files.Count == 0)
        {
            stderr.WriteLine("release: no notebooks to release.");
            return 1;
        }

        var target = Path.GetFullPath(output);
        var released = new List<(string Name, Notebook Student, int Regions)>();
        var problems = new List<string>();
        foreach (var file in files)
        {
            if (string.Equals(Path.GetDirectoryName(Path.GetFullPath(file)), target.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
            {
                problems.Add($"{file}: the output folder is the notebooks' own folder; choose another so the instructor version is not overwritten.");
                continue;
            }

            try
            {
                var (student, regions) = StudentRelease.Create(Notebook.Load(file));
                problems.AddRange(ReleaseCompiler.Errors(student).Select(e => $"{file}: the student version does not compile: {e}"));
                released.Add((Path.GetFileName(file), student, regions));
            }
            catch (ReleaseException e)
            {
                problems.AddRange(e.Problems.Select(p => $"{file}: {p}"));
            }
            catch (Exception e) when (e is FormatException or IOException or System.Text.Json.JsonException)
            {
                problems.Add($"{file}: cannot read the notebook: {e.Message}");
            }
        }

        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                stderr.WriteLine($"release: {problem}");
            }

            stderr.WriteLine("release: nothing was written.");
            return 1;
        }

        foreach (var (name, student, regions) in released)
        {
            student.Save(Path.Combine(target, name));
            stdout.WriteLine($"released {name}: {regions} solution region{(regions == 1 ? string.Empty : "s")} replaced");
        }

        return 0;
    }
}
