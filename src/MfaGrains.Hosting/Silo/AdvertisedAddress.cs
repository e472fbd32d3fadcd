using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace MfaGrains.Hosting.Silo;

/// <summary>Picks the address a clustered silo tells the others to reach it at.</summary>
public static class AdvertisedAddress
{
    public static IPAddress Resolve(SiloOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.AdvertisedIPAddress))
        {
            return IPAddress.TryParse(options.AdvertisedIPAddress, out var configured)
                ? configured
                : throw new InvalidOperationException($"Orleans:AdvertisedIPAddress '{options.AdvertisedIPAddress}' is not an IP address.");
        }

        return NetworkInterface.GetAllNetworkInterfaces()
            .Where(nic => nic.OperationalStatus == OperationalStatus.Up && nic.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(nic => nic.GetIPProperties().UnicastAddresses)
            .Select(unicast => unicast.Address)
            .FirstOrDefault(address => address.AddressFamily == AddressFamily.InterNetwork)
            ?? throw new InvalidOperationException("No non-loopback IPv4 address to advertise; set Orleans:AdvertisedIPAddress.");
    }
}
