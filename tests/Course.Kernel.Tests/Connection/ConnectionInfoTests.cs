using Course.Kernel.Connection;

namespace Course.Kernel.Tests.Connection;

public sealed class ConnectionInfoTests
{
    private const string Written = """
        {"shell_port": 50001, "iopub_port": 50002, "stdin_port": 50003, "control_port": 50004,
         "hb_port": 50005, "ip": "127.0.0.1", "key": "a0b1", "transport": "tcp",
         "signature_scheme": "hmac-sha256", "kernel_name": "course-csharp"}
        """;

    [Fact]
    public void A_connection_file_gives_the_ports_key_and_endpoints()
    {
        var info = ConnectionInfo.Parse(Written);

        Assert.Equal(50001, info.ShellPort);
        Assert.Equal(50005, info.HeartbeatPort);
        Assert.Equal("a0b1", info.Key);
        Assert.Equal("tcp://127.0.0.1:50004", info.Endpoint(info.ControlPort));
    }

    [Fact]
    public void An_unsupported_signature_scheme_is_refused_by_name()
    {
        var e = Assert.Throws<ArgumentException>(() => ConnectionInfo.Parse(Written.Replace("hmac-sha256", "hmac-md5")));

        Assert.Contains("hmac-md5", e.Message);
    }

    [Fact]
    public void A_port_out_of_range_is_refused_naming_the_port()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ConnectionInfo.Parse(Written.Replace("50005", "70000")));

        Assert.Equal("hb_port", e.ParamName);
    }

    [Fact]
    public void Text_that_is_not_JSON_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ConnectionInfo.Parse("not json"));
    }
}
