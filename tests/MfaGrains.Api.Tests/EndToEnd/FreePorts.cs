using System.Net;
using System.Net.Sockets;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>Free loopback TCP ports for the silo, gateway and HTTP listener of a test host.</summary>
public static class FreePorts
{
    // Below Linux's ephemeral range (32768 up), so no outgoing connection and no other process's port-0 probe is handed
    // the port between choosing it and binding it; a random start keeps test processes running side by side apart.
    private const int First = 20_000;
    private const int Count = 12_000;

    public static int Next()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var port = First + Random.Shared.Next(Count);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken: try another.
            }
        }

        throw new InvalidOperationException($"No free loopback port found in {First}-{First + Count - 1}.");
    }
}
