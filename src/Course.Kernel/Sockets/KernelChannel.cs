namespace Course.Kernel.Sockets;

/// <summary>The kernel's message channels (the heartbeat, which carries no messages, is separate).</summary>
public enum KernelChannel
{
    /// <summary>Requests from clients and their replies.</summary>
    Shell,

    /// <summary>Interrupt, shutdown and other requests that must not wait behind running cells.</summary>
    Control,

    /// <summary>Input requests from the kernel to a client.</summary>
    Stdin,

    /// <summary>Broadcast of status and outputs to every client.</summary>
    Iopub,
}
