using System.Net;
using System.Net.Sockets;

namespace MfaGrains.Messaging.Tests.Support;

/// <summary>A loopback port nothing listens on (it was free a moment ago), so connecting to it is refused at once.</summary>
internal static class ClosedPort
{
    public static int Take()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
