using System.Globalization;
using System.Net.Http.Headers;
using MfaGrains.Client.Signing;

namespace MfaGrains.Api.Tests.Phones;

/// <summary>Signs requests the way a phone does, with the client library's key and signer (which share no code with the
/// server they are tested against); <see cref="Options"/> make the deliberately unusual or broken signatures the
/// server's tests need.</summary>
public sealed class TestPhoneSigner : IDisposable
{
    public DeviceKey Key { get; } = DeviceKey.Create();

    /// <summary>The RFC 7638 thumbprint of the public key.</summary>
    public string DeviceId => Key.DeviceId;

    /// <summary>The JWK "x" of the public key (base64url, no padding).</summary>
    public string PublicKeyX => Key.PublicKey.X;

    /// <summary>The JWK "y" of the public key (base64url, no padding).</summary>
    public string PublicKeyY => Key.PublicKey.Y;

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
            message.Headers.TryAddWithoutValidation(ContentDigest.HeaderName, headers.ContentDigest);
        }

        message.Headers.TryAddWithoutValidation("Signature-Input", headers.SignatureInput);
        message.Headers.TryAddWithoutValidation("Signature", headers.Signature);
    }

    /// <summary>The header values a phone sends for this method, path, body and time: the library's, unless
    /// <paramref name="options"/> vary them.</summary>
    public SignatureHeaders CreateHeaders(string method, string path, byte[]? body, DateTimeOffset created, Options? options = null)
    {
        if (options is null)
        {
            return new RequestSigner(Key).CreateHeaders(method, path, body, created);
        }

        var digest = body is { Length: > 0 } ? ContentDigest.Sha256(body) : null;
        var components = options.Components ?? (digest is not null ? ["@method", "@path", "content-digest"] : ["@method", "@path"]);
        var parameters = options.Parameters
            ?? ";created=" + created.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) + ";keyid=\"" + DeviceId + "\";alg=\"ecdsa-p256-sha256\"";
        var signatureParams = "(" + string.Join(" ", components.Select(name => "\"" + name + "\"")) + ")" + parameters;
        var values = components.Select(name => KeyValuePair.Create(name, name switch
        {
            _ when options.ComponentValues.TryGetValue(name, out var given) => given,
            "@method" => method,
            "@path" => path,
            "content-digest" => digest ?? throw new InvalidOperationException("content-digest covered without a body."),
            _ => throw new InvalidOperationException($"No value given for component {name}."),
        }));
        var signature = Key.Sign(SignatureBase.Build(values, signatureParams));
        return new SignatureHeaders(digest, options.Label + "=" + signatureParams, options.Label + "=:" + Convert.ToBase64String(signature) + ":");
    }

    public void Dispose() => Key.Dispose();

    /// <summary>Ways a test varies what the phone signs.</summary>
    public sealed record Options
    {
        /// <summary>The signature label; any name is valid.</summary>
        public string Label { get; init; } = RequestSigner.Label;

        /// <summary>The covered components in order; by default "@method" "@path" and, with a body, "content-digest".</summary>
        public IReadOnlyList<string>? Components { get; init; }

        /// <summary>Values for covered components other than @method, @path and content-digest (or to override them).</summary>
        public IReadOnlyDictionary<string, string> ComponentValues { get; init; } = new Dictionary<string, string>();

        /// <summary>The raw parameters after the inner list, each starting with ';'; by default created, keyid and alg.</summary>
        public string? Parameters { get; init; }
    }
}
