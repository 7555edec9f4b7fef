using Course.Notebooks.Running;

namespace Course.Cli.Running;

/// <summary>Shows a course run as it goes, driven by the runner's events.</summary>
internal interface ILessonReporter
{
    /// <summary>A lesson starts; the returned observer hears about its cells.</summary>
    /// <param name="number">Its 1-based position in the run.</param>
    /// <param name="count">How many lessons the run has.</param>
    /// <param name="lesson">Its name.</param>
    INotebookRunObserver Starting(int number, int count, string lesson);

    /// <summary>A lesson ran to the end (or to its first failing cell).</summary>
    void Finished(string lesson, NotebookRunResult result);

    /// <summary>A lesson's notebook could not be read, so it was not run.</summary>
    void Unreadable(string lesson, string message);
}
