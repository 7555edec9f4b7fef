namespace Course.Grading.Tests.Grading;

/// <summary>The students of <see cref="HostileRun"/>: three honest ones and one per attack, each built from the released lesson.</summary>
internal static class HostileSubmissions
{
    public const string Honest = """
        double[] MySgdStep(double[] w, double[] grad, double lr) => w.Select((x, i) => x - (lr * grad[i])).ToArray();
        """;

    private const string Stub = "double[] MySgdStep(double[] w, double[] grad, double lr) => throw new NotImplementedException();";

    /// <summary>The released lesson, solved honestly, with <paramref name="extra"/> after the solution in the exercise cell.</summary>
    public static (string Id, string Source)[] Solved(string extra = "", string solution = Honest) =>
        HostileRun.Released()
            .Select(c => c.Id switch
            {
                "sgd-solution" => (c.Id, solution + "\n" + extra),
                "q-decay" => (c.Id, "Quiz.Ask(\"03-momentum-decay\", 0.35)"),
                "q-nesterov" => (c.Id, "Quiz.Ask(\"04-nesterov-trait\", \"a\")"),
                _ => c,
            }).ToArray();

    public static IEnumerable<(string Student, (string Id, string Source)[] Cells)> All(HostileRun run)
    {
        var lessonFile = Path.Combine(run.Lessons, FixtureLesson.Name + ".ipynb");
        var classmate = Path.Combine(run.Submissions, "honest-z", FixtureLesson.Name + ".ipynb");
        var grades = Path.Combine(run.Output, "grades.csv");
        yield return ("honest-a", Solved());
        yield return ("forged-report", HostileRun.Released("sgd-solution", Stub + """

            var raw = Console.OpenStandardOutput();
            var forged = "{\"cellId\":\"sgd-check\",\"status\":\"Succeeded\",\"error\":null,\"probe\":{\"steps\":[{\"outputs\":[],\"error\":null,\"timedOut\":false}]}}\n"
                + "{\"cellId\":\"sgd-check\",\"status\":\"Succeeded\",\"checks\":[\"{\\\"questionId\\\":\\\"sgd-step\\\",\\\"kind\\\":\\\"exercise\\\",\\\"correct\\\":true,\\\"score\\\":5,\\\"maxScore\\\":5}\"]}\n"
                + "{\"done\":true}\n";
            raw.Write(Encoding.UTF8.GetBytes(forged));
            raw.Flush();
            new Thread(() => { while (true) { raw.Write(Encoding.UTF8.GetBytes(forged)); Thread.Sleep(5); } }) { IsBackground = true }.Start();
            """));
        yield return ("formatter-thread", HostileRun.Released("sgd-solution", Stub + """

            new Thread(() =>
            {
                while (true)
                {
                    Microsoft.DotNet.Interactive.Formatting.Formatter.Register<object>(o => "{\"questionId\":\"sgd-step\",\"kind\":\"exercise\",\"correct\":true,\"score\":5,\"maxScore\":5}", "application/vnd.course.check+json");
                    Thread.Sleep(1);
                }
            }) { IsBackground = true }.Start();
            """));
        yield return ("quiz-reflection", Solved().Select(c => c.Id == "q-decay" ? (c.Id, "Quiz.Ask(\"03-momentum-decay\", typeof(Quiz).Assembly.GetTypes().Length)") : c).ToArray());
        yield return ("math-shadow", Solved("static class Math { public static double Sqrt(double x) => 0.35; }")
            .Select(c => c.Id == "q-decay" ? (c.Id, "Quiz.Ask(\"03-momentum-decay\", Math.Sqrt(2))") : c).ToArray());
        yield return ("library-direct", Solved(solution: """
            using O = Course.Optimizers;
            double[] MySgdStep(double[] w, double[] grad, double lr)
            {
                var p = new O.Parameter<double>("w", (double[])w.Clone());
                grad.CopyTo(p.Gradient, 0);
                new O.Sgd<double>([p], new O.SgdOptions(LearningRate: lr)).Step();
                return p.Value;
            }
            """));
        yield return ("library-reflection", Solved(solution: """
            double[] MySgdStep(double[] w, double[] grad, double lr)
            {
                var t = Type.GetType("Course.Optimizers.Sgd`1, Course")!;
                var o = Activator.CreateInstance(t.MakeGenericType(typeof(double)));
                return o is null ? w : w;
            }
            """));
        yield return ("hidden-cases", Solved(solution: Honest + """

            var hidden = typeof(Exercise).Assembly.GetType("Course.Checks.Exercises.HiddenCases");
            """));
        yield return ("public-seed", Solved(solution: """
            Environment.SetEnvironmentVariable("COURSE_CHECK_SEED", null);
            """ + HostileRun.PublicSeedTable() + """

            double[] MySgdStep(double[] w, double[] grad, double lr) =>
                table.TryGetValue(string.Join(";", w.Select(x => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture))), out var next) ? next : w;
            """));
        yield return ("honest-b", Solved());
        yield return ("detached-child", Solved($$"""
            System.Diagnostics.Process.Start("/bin/sh", new[] { "-c", "(sleep 2; echo hacked > '{{grades}}'; echo hacked > '{{lessonFile}}') </dev/null >/dev/null 2>&1 &" });
            System.Diagnostics.Process.Start("setsid", new[] { "/bin/sh", "-c", "sleep 2; echo hacked > '{{grades}}'" });
            """));
        yield return ("kill-grader", Solved("""
            foreach (var p in System.Diagnostics.Process.GetProcesses()) { if (p.Id != Environment.ProcessId) { try { p.Kill(); } catch (Exception) { } } }
            System.Diagnostics.Process.Start("/bin/sh", new[] { "-c", "kill -9 -1" })!.WaitForExit();
            """));
        yield return ("grandchild-pipes", Solved("""
            System.Diagnostics.Process.Start("/bin/sh", new[] { "-c", "sleep 300 &" });
            """));
        yield return ("stderr-flood", Solved("""
            var error = Console.OpenStandardError();
            var chunk = new byte[1 << 20];
            Array.Fill(chunk, (byte)'x');
            for (var i = 0; i < 400; i++) { error.Write(chunk); }
            """));
        yield return ("native-memory", Solved(solution: """
            // A child inherits the worker's limits: 6 GB of address space is refused at once, so nothing is really used.
            bool allocated;
            try
            {
                var python = System.Diagnostics.Process.Start("python3", new[] { "-c", "b = bytearray(6 << 30)" })!;
                python.WaitForExit();
                allocated = python.ExitCode == 0;
            }
            catch (Exception) { allocated = true; }
            double[] MySgdStep(double[] w, double[] grad, double lr) => allocated ? w : w.Select((x, i) => x - (lr * grad[i])).ToArray();
            """));
        yield return ("big-file", Solved("""
            var map = System.IO.MemoryMappedFiles.MemoryMappedFile.CreateNew(null, 6L << 30);
            """));
        yield return ("snooping", Solved(solution: $$"""
            string Leak()
            {
                var found = new List<string>();
                foreach (var path in new[] { "{{lessonFile}}", "{{classmate}}", "{{run.Lessons}}", "{{run.Submissions}}" })
                {
                    try { if (System.IO.File.Exists(path)) { found.Add(path + ": " + System.IO.File.ReadAllText(path)[..20]); } else if (System.IO.Directory.Exists(path)) { found.Add(path + ": " + string.Join(",", System.IO.Directory.EnumerateFileSystemEntries(path))); } } catch (Exception) { }
                }

                foreach (var name in new[] { "COURSE_CHECK_SEED", "COURSE_GRADER_MARKER" })
                {
                    if (Environment.GetEnvironmentVariable(name) is { } value) { found.Add(name + "=" + value); }
                }

                try { var cmd = System.IO.File.ReadAllText("/proc/" + Environment.ProcessId + "/../1/cmdline"); if (cmd.Contains("{{HostileRun.Seed}}")) { found.Add(cmd); } } catch (Exception) { }
                return string.Join(" | ", found);
            }

            double[] MySgdStep(double[] w, double[] grad, double lr) => Leak() is { Length: > 0 } leak ? throw new InvalidOperationException("LEAK " + leak) : w.Select((x, i) => x - (lr * grad[i])).ToArray();
            """));
        yield return ("file-writes", Solved($$"""
            foreach (var path in new[] { "{{run.Lessons}}/hostile-was-here.txt", "{{run.Submissions}}/hostile-was-here.txt", "{{classmate}}", "{{run.Root}}/hostile-was-here.txt", "{{Path.GetTempPath()}}hostile-was-here", "/tmp/hostile-was-here", "../hostile-was-here", "hostile-was-here" })
            {
                try { System.IO.File.WriteAllText(path, "{}"); } catch (Exception) { }
            }
            """));
        yield return ("directive", Solved(solution: "#r \"nuget: Newtonsoft.Json, 13.0.3\"\n" + Honest));
        yield return ("secret-leak", Solved(solution: """
            double[] MySgdStep(double[] w, double[] grad, double lr) =>
                throw new InvalidOperationException("seed=" + Environment.GetEnvironmentVariable("COURSE_CHECK_SEED") + " marker=" + Environment.GetEnvironmentVariable("COURSE_GRADER_MARKER")
                    + " env=" + string.Join(",", Environment.GetEnvironmentVariables().Keys.Cast<object>()) + " args=" + string.Join(" ", Environment.GetCommandLineArgs()));
            """));
        yield return ("honest-z", Solved());
    }
}
