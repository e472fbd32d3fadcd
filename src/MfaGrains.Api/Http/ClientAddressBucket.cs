using System.Net;
using System.Net.Sockets;

namespace MfaGrains.Api.Http;

/// <summary>
/// The unit per-address limits count: an IPv4 address, or an IPv6 /64 (one subscriber's network, in which a client
/// can take any of 2^64 addresses at will). IPv4-mapped IPv6 addresses count as the IPv4 address they carry.
/// </summary>
public static class ClientAddressBucket
{
    /// <summary>The bucket of <paramref name="address"/>; "unknown" when the connection has none (a test server, a pipe).</summary>
    public static string For(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();
        return new IPAddress(bytes).ToString() + "/64";
    }
}
