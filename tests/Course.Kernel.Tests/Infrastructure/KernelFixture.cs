namespace Course.Kernel.Tests.Infrastructure;

/// <summary>One installed and running course kernel shared by a test class, or the reason there is none.</summary>
public sealed class KernelFixture : IDisposable
{
    private readonly JupyterSandbox? sandbox;
    private readonly KernelBridge? bridge;

    public KernelFixture()
    {
        Missing = RequiredTools.JupyterClientMissing.Value;
        if (Missing is null)
        {
            sandbox = new JupyterSandbox();
            bridge = new KernelBridge(sandbox);
        }
    }

    /// <summary>Why no kernel could be started, or null.</summary>
    internal string? Missing { get; }

    /// <summary>The running kernel's client; skips (or in CI fails) the test when the tools are missing.</summary>
    internal KernelBridge Kernel
    {
        get
        {
            RequiredTools.Require(Missing);
            return bridge!;
        }
    }

    public void Dispose()
    {
        bridge?.Dispose();
        sandbox?.Dispose();
    }
}
