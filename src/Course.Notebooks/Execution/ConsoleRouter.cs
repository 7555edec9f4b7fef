using System.Text;

namespace Course.Notebooks.Execution;

/// <summary>
/// Replaces <c>Console.Out</c>, <c>Console.Error</c> and <c>Console.In</c> once per process with writers that send text
/// to the cell running on the current async flow, and everything else to the original console. What a
/// cell writes after it ended is discarded, with one note per cell on the original standard error. <c>Console.ReadLine()</c> in a cell asks the cell's client
/// (<see cref="ICellInput"/>) or fails with a clear message; elsewhere it reads the original input.
/// Several sessions can run at once without seeing each other's output.
/// </summary>
internal static class ConsoleRouter
{
    private static readonly Lock Gate = new();
    private static TextWriter? installedOut;
    private static TextWriter? installedError;
    private static TextReader? installedIn;
    private static TextWriter? originalError;

    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (!ReferenceEquals(Console.Out, installedOut))
            {
                Console.SetOut(new RoutingWriter(Console.Out, OutputStream.StandardOutput));
                installedOut = Console.Out;
            }

            if (!ReferenceEquals(Console.Error, installedError))
            {
                originalError ??= Console.Error;
                Console.SetError(new RoutingWriter(Console.Error, OutputStream.StandardError));
                installedError = Console.Error;
            }

            // A browser has no standard input: there the fallback reads nothing.
            if (OperatingSystem.IsBrowser() ? installedIn is null : !ReferenceEquals(Console.In, installedIn))
            {
                Console.SetIn(new RoutingReader(OperatingSystem.IsBrowser() ? TextReader.Null : Console.In));
                installedIn = Console.In;
            }
        }
    }

    private sealed class RoutingWriter(TextWriter fallback, OutputStream stream) : TextWriter
    {
        public override Encoding Encoding => fallback.Encoding;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Write(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }

            var cell = ScriptSession.CurrentCell;
            if (cell is null)
            {
                fallback.Write(value);
            }
            else if (!cell.Write(stream, value) && cell.NoteLateWrite())
            {
                // Never under another cell, and not on the host's standard output (a kernel's client may read it).
                originalError?.WriteLine($"course: cell {cell.ExecutionCount} is still writing after it ended; its output is discarded.");
            }
        }

        public override void WriteLine(string? value) => Write((value ?? string.Empty) + NewLine);

        public override void Flush() => fallback.Flush();
    }

    private sealed class RoutingReader(TextReader fallback) : TextReader
    {
        public override string? ReadLine() =>
            ScriptSession.CurrentCell is { } cell ? cell.ReadLine() : fallback.ReadLine();

        public override int Peek() => ScriptSession.CurrentCell is null ? fallback.Peek() : -1;

        public override int Read() => ScriptSession.CurrentCell is null ? fallback.Read() : -1;
    }
}
