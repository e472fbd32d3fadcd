using System.Buffers.Text;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace MfaGrains.Api.Tests.Phones;

/// <summary>Signs requests the way a phone does, building every header by plain string concatenation,
/// so it shares no parsing or serialization code with the server it tests.</summary>
public sealed class TestPhoneSigner : IDisposable
{
    private readonly ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public TestPhoneSigner()
    {
        var point = key.ExportParameters(includePrivateParameters: false).Q;
        PublicKeyX = Base64Url.EncodeToString(point.X);
        PublicKeyY = Base64Url.EncodeToString(point.Y);
        DeviceId = Thumbprint(PublicKeyX, PublicKeyY);
    }

    /// <summary>The RFC 7638 thumbprint of the public key, computed here independently.</summary>
    public string DeviceId { get; }

    /// <summary>The JWK "x" of the public key (base64url, no padding).</summary>
    public string PublicKeyX { get; }

    /// <summary>The JWK "y" of the public key (base64url, no padding).</summary>
    public string PublicKeyY { get; }

    /// <summary>RFC 7638: SHA-256 over the required members in lexicographic order, no whitespace.</summary>
    public static string Thumbprint(string x, string y) =>
        Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes("{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"" + x + "\",\"y\":\"" + y + "\"}")));

    /// <summary>Adds Content-Digest (with a body), Signature-Input and Signature to the message; a body without
    /// content is attached as application/json. The signed path is the request URI's path.</summary>
    public void Sign(HttpRequestMessage message, byte[]? body, DateTimeOffset created, Options? options = null)
    {
        var uri = message.RequestUri ?? throw new InvalidOperationException("The message has no request URI.");
        var pathAndQuery = uri.IsAbsoluteUri ? uri.PathAndQuery : "/" + uri.OriginalString.TrimStart('/');
        var path = pathAndQuery.Split('?')[0];

        if (body is { Length: > 0 } && message.Content is null)
        {
            message.Content = new ByteArrayContent(body);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        var headers = CreateHeaders(message.Method.Method, path, body, created, options);
        if (headers.ContentDigest is not null)
        {
            message.Headers.TryAddWithoutValidation("Content-Digest", headers.ContentDigest);
        }

        message.Headers.TryAddWithoutValidation("Signature-Input", headers.SignatureInput);
        message.Headers.TryAddWithoutValidation("Signature", headers.Signature);
    }

    /// <summary>The header values a phone sends for this method, path, body and time.</summary>
    public Headers CreateHeaders(string method, string path, byte[]? body, DateTimeOffset created, Options? options = null)
    {
        options ??= new Options();
        var hasBody = body is { Length: > 0 };
        var digest = hasBody ? "sha-256=:" + Convert.ToBase64String(SHA256.HashData(body!)) + ":" : null;
        var components = options.Components ?? (hasBody ? ["@method", "@path", "content-digest"] : ["@method", "@path"]);
        var parameters = options.Parameters
            ?? ";created=" + created.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)
            + ";keyid=\"" + DeviceId + "\";alg=\"ecdsa-p256-sha256\"";
        var signatureParams = "(" + string.Join(" ", components.Select(name => "\"" + name + "\"")) + ")" + parameters;

        var signatureBase = new StringBuilder();
        foreach (var name in components)
        {
            var value = name switch
            {
                _ when options.ComponentValues.TryGetValue(name, out var given) => given,
                "@method" => method,
                "@path" => path,
                "content-digest" => digest ?? throw new InvalidOperationException("content-digest covered without a body."),
                _ => throw new InvalidOperationException($"No value given for component {name}."),
            };
            signatureBase.Append('"').Append(name).Append("\": ").Append(value).Append('\n');
        }

        signatureBase.Append("\"@signature-params\": ").Append(signatureParams);
        var signature = key.SignData(
            Encoding.ASCII.GetBytes(signatureBase.ToString()),
            HashAlgorithmName.SHA256,
            DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

        return new Headers(
            digest,
            options.Label + "=" + signatureParams,
            options.Label + "=:" + Convert.ToBase64String(signature) + ":",
            signatureBase.ToString());
    }

    public void Dispose() => key.Dispose();

    /// <summary>The headers to send, and the signature base they were made from (for diagnostics).</summary>
    public sealed record Headers(string? ContentDigest, string SignatureInput, string Signature, string SignatureBase);

    /// <summary>Ways a test varies what the phone signs.</summary>
    public sealed record Options
    {
        /// <summary>The signature label; any name is valid.</summary>
        public string Label { get; init; } = "sig1";

        /// <summary>The covered components in order; by default "@method" "@path" and, with a body, "content-digest".</summary>
        public IReadOnlyList<string>? Components { get; init; }

        /// <summary>Values for covered components other than @method, @path and content-digest (or to override them).</summary>
        public IReadOnlyDictionary<string, string> ComponentValues { get; init; } = new Dictionary<string, string>();

        /// <summary>The raw parameters after the inner list, each starting with ';'; by default created, keyid and alg.</summary>
        public string? Parameters { get; init; }
    }
}
