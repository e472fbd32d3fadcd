using System.Net;
using System.Net.Sockets;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>Free loopback TCP ports for the silo and gateway of a test host.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
