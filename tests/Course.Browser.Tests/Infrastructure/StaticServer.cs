using System.Net;
using System.Net.Sockets;

namespace Course.Browser.Tests.Infrastructure;

/// <summary>
/// A plain static file server on 127.0.0.1 (what any static host does): a file's bytes with its content type,
/// nothing else. The in-browser course must work from exactly this.
/// </summary>
internal sealed class StaticServer : IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript",
        [".mjs"] = "text/javascript",
        [".css"] = "text/css",
        [".json"] = "application/json",
        [".wasm"] = "application/wasm",
        [".svg"] = "image/svg+xml",
        [".woff2"] = "font/woff2",
    };

    private readonly HttpListener listener = new();
    private readonly string root;
    private readonly Task serving;

    public StaticServer(string root)
    {
        this.root = Path.GetFullPath(root);
        var port = FreePort();
        Address = $"http://127.0.0.1:{port}/";
        listener.Prefixes.Add(Address);
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    /// <summary>The server's base address, ending in <c>/</c>.</summary>
    public string Address { get; }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        _ = serving.Exception;
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Serve(context));
        }
    }

    private void Serve(HttpListenerContext context)
    {
        using var response = context.Response;
        try
        {
            var relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
            var path = Path.GetFullPath(Path.Combine(root, relative.Length == 0 ? "index.html" : relative));
            if (!path.StartsWith(root, StringComparison.Ordinal) || !File.Exists(path))
            {
                response.StatusCode = 404;
                return;
            }

            response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
            var bytes = File.ReadAllBytes(path);
            response.ContentLength64 = bytes.Length;
            response.OutputStream.Write(bytes);
        }
        catch (Exception e) when (e is HttpListenerException or IOException)
        {
            // The page went away mid-response.
        }
    }
}
