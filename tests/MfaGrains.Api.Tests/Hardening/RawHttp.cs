using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace MfaGrains.Api.Tests.Hardening;

/// <summary>Writes a request by hand, as an attacker would: HttpClient canonicalises methods and removes dot segments before sending.</summary>
internal static class RawHttp
{
    /// <summary>Sends <paramref name="method"/> <paramref name="target"/> with the portal key and an empty body; returns the status code.</summary>
    public static async Task<int> Send(Uri server, string method, string target, string? authorization)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        var stream = tcp.GetStream();
        var auth = authorization is null ? string.Empty : $"Authorization: {authorization}\r\n";
        var request = $"{method} {target} HTTP/1.1\r\nHost: {server.Authority}\r\n{auth}Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{{}}";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync() ?? string.Empty;
        return int.Parse(statusLine.Split(' ')[1], CultureInfo.InvariantCulture);
    }
}
