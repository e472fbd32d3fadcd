using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace MfaGrains.Api.Tests.Fuzz;

/// <summary>One HTTP/1.1 exchange written byte for byte (HttpClient would repair the odd requests the fuzz sends) and its parsed answer.</summary>
internal static class RawExchange
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    public static async Task<RawResponse> Send(Uri server, byte[] request)
    {
        using var tcp = new TcpClient();
        using var timeout = new CancellationTokenSource(Limit);
        await tcp.ConnectAsync(server.Host, server.Port, timeout.Token);
        var stream = tcp.GetStream();
        try
        {
            await stream.WriteAsync(request, timeout.Token);
        }
        catch (IOException)
        {
            // The server may answer (413, 400) and close before reading a large or broken body; its answer is still there.
        }

        using var all = new MemoryStream();
        try
        {
            await stream.CopyToAsync(all, timeout.Token);
        }
        catch (IOException) when (all.Length > 0)
        {
            // A reset after the answer was sent (the server refused the rest of the body).
        }

        return Parse(Encoding.Latin1.GetString(all.ToArray()));
    }

    private static RawResponse Parse(string text)
    {
        var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (headEnd < 0)
        {
            return new RawResponse(0, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), text);
        }

        var lines = text[..headEnd].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        var body = text[(headEnd + 4)..];
        return new RawResponse(status, headers, headers.TryGetValue("Transfer-Encoding", out var te) && te.Contains("chunked", StringComparison.OrdinalIgnoreCase) ? Dechunk(body) : body);
    }

    private static string Dechunk(string body)
    {
        var result = new StringBuilder();
        var at = 0;
        while (at < body.Length)
        {
            var lineEnd = body.IndexOf("\r\n", at, StringComparison.Ordinal);
            var size = int.Parse(body[at..lineEnd], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                break;
            }

            result.Append(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }

        return result.ToString();
    }
}

/// <summary>A parsed answer: status 0 when none came.</summary>
internal sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body);
