namespace Course.Notebooks.Execution;

/// <summary>
/// Implemented by an <see cref="IOutputSink"/> whose client can answer <c>Console.ReadLine()</c> (the Jupyter
/// kernel asks with an <c>input_request</c>). With a sink that does not implement it, reading input
/// fails with a message saying no one can type here.
/// </summary>
public interface ICellInput
{
    /// <summary>Asks the person at the client for one line; blocks until it comes.</summary>
    /// <param name="prompt">Text to show beside the input box (what the cell wrote just before, if anything).</param>
    /// <returns>The line, without its line break.</returns>
    /// <exception cref="InvalidOperationException">This client does not take input; the message says why.</exception>
    /// <exception cref="OperationCanceledException">The cell was interrupted while waiting.</exception>
    string ReadLine(string prompt);
}
