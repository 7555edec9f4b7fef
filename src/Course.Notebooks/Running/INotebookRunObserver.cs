namespace Course.Notebooks.Running;

/// <summary>Hears about a notebook run as it goes (the command line shows progress with it).</summary>
public interface INotebookRunObserver
{
    /// <summary>A code cell is about to run.</summary>
    /// <param name="codeCellNumber">Its 1-based number among the code cells.</param>
    /// <param name="codeCellCount">How many code cells the notebook has.</param>
    void CellStarting(int codeCellNumber, int codeCellCount);

    /// <summary>A code cell finished (or was skipped).</summary>
    /// <param name="cell">What happened to it.</param>
    void CellFinished(CellRun cell);
}
