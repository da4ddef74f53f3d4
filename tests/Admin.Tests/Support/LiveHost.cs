using System.Net;
using System.Net.Sockets;
using Api.Tests.Support;

namespace Admin.Tests.Support;

public static class LiveHost
{
    /// <summary>Makes the host also listen on a free port of 127.0.0.1, for a real browser; returns its address.</summary>
    public static string ListenOnLoopback(HousingApiFactory factory)
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        return $"http://127.0.0.1:{port}";
    }
}
