using Course.Optimizers;
using Course.Surfaces;
using Course.Training.Studies;

namespace Course.Tests;

/// <summary>
/// The library's long loops stop when a host cancels the ambient cell token it publishes under
/// <see cref="CellCancellation.AppContextKey"/> (the notebook engine does, per cell).
/// </summary>
public sealed class CellCancellationTests
{
    private static readonly AsyncLocal<CancellationToken> Ambient = Published();

    [Fact]
    public void Trajectory_run_stops_when_the_cell_is_cancelled()
    {
        using var cell = new CancellationTokenSource();
        Ambient.Value = cell.Token;
        cell.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            Trajectory.Run(new Rosenbrock(), p => new Sgd<double>([p], new SgdOptions(LearningRate: 1e-4)), steps: 1000));
    }

    [Fact]
    public void Repeat_takes_the_cells_token_unless_given_one()
    {
        using var cell = new CancellationTokenSource();
        Ambient.Value = cell.Token;
        cell.Cancel();

#pragma warning disable xUnit1051 // The call under test is the one given no token: it must take the cell's.
        Assert.ThrowsAny<OperationCanceledException>(() => Repeat.OverSeeds(4, seed => seed));
#pragma warning restore xUnit1051
        Assert.Equal([0, 1, 2, 3], Repeat.OverSeeds(4, seed => seed, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Outside_a_cancelled_cell_nothing_is_stopped()
    {
        Ambient.Value = default;

        Assert.False(CellCancellation.Token.IsCancellationRequested);
        Assert.Equal(11, Trajectory.Run(new Rosenbrock(), p => new Sgd<double>([p], new SgdOptions(LearningRate: 1e-4)), steps: 10).Losses.Count);
    }

    private static AsyncLocal<CancellationToken> Published()
    {
        var ambient = new AsyncLocal<CancellationToken>();
        AppContext.SetData(CellCancellation.AppContextKey, ambient);
        return ambient;
    }
}
