using System.Text;
using MfaGrains.Api.Tests.Phones;

namespace MfaGrains.Api.Tests.Fuzz;

/// <summary>Renders a <see cref="FuzzCase"/> as the bytes of one HTTP/1.1 request. Requests that name the sentinel user or device are always refused ones.</summary>
internal sealed class FuzzRequestWriter(FuzzWorld world)
{
    public byte[] Render(FuzzCase fuzz)
    {
        var (routeMethod, template, phone, hasBody) = FuzzRoutes.All[fuzz.Route];
        using var signer = new TestPhoneSigner();
        var user = FuzzPools.Users[fuzz.User];
        var sentinelUser = user == FuzzPools.Sentinel;
        user = user switch
        {
            FuzzPools.Sentinel => Uri.EscapeDataString(world.SentinelUserId),
            FuzzPools.Fresh => "fuzz." + fuzz.Seed.ToString("x8", System.Globalization.CultureInfo.InvariantCulture),
            _ => user,
        };
        var signature = FuzzPools.Signatures[fuzz.Signature];
        var id = FuzzPools.Ids[fuzz.Id] switch
        {
            "{device}" => signer.DeviceId,
            "{sentinel-device}" when signature != "other-key" => world.SentinelDeviceId,
            "{sentinel-device}" => signer.DeviceId,
            var other => other,
        };
        var number = FuzzPools.Numbers[fuzz.Number];
        var target = template.Replace("{u}", user).Replace("{e}", id).Replace("{c}", id).Replace("{t}", id).Replace("{d}", id)
            .Replace("{n}", number).Replace("{f}", FuzzPools.Formats[fuzz.Seed & 3]);
        var method = FuzzPools.Methods[fuzz.Method] switch
        {
            "{route}" => routeMethod,
            "{route-lower}" => routeMethod.ToLowerInvariant(),
            var other => other,
        };
        var body = hasBody || fuzz.Chunked ? Body(fuzz, signer) : [];

        var head = new StringBuilder();
        head.Append(method).Append(' ').Append(target).Append(" HTTP/1.1\r\n");
        head.Append("Host: ").Append(world.Server.Authority).Append("\r\n");
        if (!phone)
        {
            // The sentinel user is only read with the right key; anything that could change it is sent with a wrong one.
            var auth = FuzzPools.Auths[fuzz.Auth].Replace("{right}", world.PortalKey);
            auth = sentinelUser && routeMethod != "GET" ? "Bearer wrong-key" : auth;
            head.Append(auth.Length == 0 ? string.Empty : $"Authorization: {auth}\r\n");
        }
        else
        {
            Sign(head, signature, method, target.Split('?')[0], body, signer);
        }

        var contentType = FuzzPools.ContentTypes[fuzz.ContentType];
        head.Append(contentType.Length == 0 ? string.Empty : $"Content-Type: {contentType}\r\n");
        head.Append(fuzz.Chunked ? "Transfer-Encoding: chunked\r\n" : $"Content-Length: {body.Length}\r\n");
        head.Append("Connection: close\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. fuzz.Chunked ? Chunks(body) : body];
    }

    private byte[] Body(FuzzCase fuzz, TestPhoneSigner signer)
    {
        var jwk = $$"""{"kty":"EC","crv":"P-256","x":"{{signer.PublicKeyX}}","y":"{{signer.PublicKeyY}}"}""";
        var template = FuzzPools.Bodies[fuzz.Body];
        var text = Encoding.Latin1.GetString(template);
        return text.Contains("{jwk}", StringComparison.Ordinal) ? Encoding.UTF8.GetBytes(text.Replace("{jwk}", jwk)) : template;
    }

    private void Sign(StringBuilder head, string variant, string method, string path, byte[] body, TestPhoneSigner signer)
    {
        var now = world.Now();
        var by = variant == "other-key" ? world.SentinelSigner : signer;
        var created = variant switch { "stale" => now.AddSeconds(-400), "future" => now.AddSeconds(400), _ => now };
        var options = variant == "no-keyid" ? new TestPhoneSigner.Options { Parameters = $";created={now.ToUnixTimeSeconds()}" } : null;
        var headers = by.CreateHeaders(method, path, body, created, options);
        if (variant == "none")
        {
            return;
        }

        if (headers.ContentDigest is { } digest)
        {
            head.Append("Content-Digest: ").Append(digest).Append("\r\n");
        }

        var input = variant == "two-signatures" ? headers.SignatureInput + ", " + headers.SignatureInput.Replace("sig1=", "sig2=") : headers.SignatureInput;
        var value = variant switch
        {
            "garbled" => "sig1=:AAAA:",
            "two-signatures" => headers.Signature + ", " + headers.Signature.Replace("sig1=", "sig2="),
            _ => headers.Signature,
        };
        head.Append("Signature-Input: ").Append(input).Append("\r\n");
        if (variant == "duplicated")
        {
            head.Append("Signature-Input: ").Append(input).Append("\r\n");
        }

        head.Append("Signature: ").Append(value).Append("\r\n");
    }

    private static byte[] Chunks(byte[] body)
    {
        using var chunked = new MemoryStream();
        foreach (var chunk in body.Chunk(1000))
        {
            chunked.Write(Encoding.ASCII.GetBytes($"{chunk.Length:x}\r\n"));
            chunked.Write(chunk);
            chunked.Write("\r\n"u8);
        }

        chunked.Write("0\r\n\r\n"u8);
        return chunked.ToArray();
    }
}

/// <summary>What the fuzz needs of the running engine: where it is, the portal key, the sentinel's ids and key, and the engine's clock.</summary>
internal sealed record FuzzWorld(Uri Server, string PortalKey, string SentinelUserId, string SentinelDeviceId, TestPhoneSigner SentinelSigner, Func<DateTimeOffset> Now);
