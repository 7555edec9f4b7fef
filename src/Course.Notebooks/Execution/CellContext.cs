using System.Diagnostics;
using System.Text;

namespace Course.Notebooks.Execution;

/// <summary>
/// The outputs of one running cell: serialises every call to the sink and buffers stream text so a
/// loop that prints line by line becomes a few stream outputs, flushed in order with the others.
/// Once the cell has ended (<see cref="Close"/>) nothing more reaches its sink: output that code left
/// running writes late is refused, so it can never appear under another cell.
/// </summary>
internal sealed class CellContext(ScriptSession session, IOutputSink sink, int executionCount)
{
    private const int FlushCharacters = 8192;
    private static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(200);

    private readonly Lock gate = new();
    private readonly StringBuilder stdout = new();
    private readonly StringBuilder stderr = new();
    private readonly Stopwatch sinceFlush = Stopwatch.StartNew();
    private bool closed;
    private bool lateWriteNoted;

    public ScriptSession Session { get; } = session;

    public int ExecutionCount { get; } = executionCount;

    /// <summary>Buffers stream text; returns <see langword="false"/>, taking nothing, once the cell has ended.</summary>
    public bool Write(OutputStream stream, string text)
    {
        lock (gate)
        {
            if (closed)
            {
                return false;
            }

            (stream == OutputStream.StandardOutput ? stdout : stderr).Append(text);
            if (stdout.Length + stderr.Length >= FlushCharacters || (text.Contains('\n') && sinceFlush.Elapsed >= FlushInterval))
            {
                FlushLocked();
            }

            return true;
        }
    }

    /// <summary>Whether this is the first refused late write, so the host can say so once.</summary>
    public bool NoteLateWrite()
    {
        lock (gate)
        {
            var first = !lateWriteNoted;
            lateWriteNoted = true;
            return first;
        }
    }

    /// <summary>
    /// Reads a line for <c>Console.ReadLine()</c>: shows what was written so far, then asks the sink's client.
    /// </summary>
    /// <exception cref="InvalidOperationException">The sink cannot take input, or the cell has ended.</exception>
    public string ReadLine()
    {
        ICellInput input;
        string prompt;
        lock (gate)
        {
            if (closed || sink is not ICellInput asked)
            {
                throw new InvalidOperationException(
                    "Console.ReadLine() needs someone to type a line, but this cell runs where no one can answer "
                    + "(course run, nbconvert, the grader, or a cell that already ended). Set the value in code instead.");
            }

            prompt = LastLine(stdout);
            FlushLocked();
            input = asked;
        }

        return input.ReadLine(prompt);
    }

    /// <summary>Writes a display, update, result or error to the sink, after the buffered text; dropped once the cell has ended.</summary>
    public void Emit(Action<IOutputSink> write)
    {
        lock (gate)
        {
            if (closed)
            {
                return;
            }

            FlushLocked();
            write(sink);
        }
    }

    public void Close()
    {
        lock (gate)
        {
            FlushLocked();
            closed = true;
        }
    }

    private static string LastLine(StringBuilder text)
    {
        var all = text.ToString();
        return all[(all.LastIndexOf('\n') + 1)..];
    }

    private void FlushLocked()
    {
        sinceFlush.Restart();
        if (stdout.Length > 0)
        {
            sink.WriteStream(OutputStream.StandardOutput, stdout.ToString());
            stdout.Clear();
        }

        if (stderr.Length > 0)
        {
            sink.WriteStream(OutputStream.StandardError, stderr.ToString());
            stderr.Clear();
        }
    }
}
