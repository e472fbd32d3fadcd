using System.Globalization;

namespace MfaGrains.Client.Signing;

/// <summary>
/// Signs phone requests as the contract asks: RFC 9421 with <c>ecdsa-p256-sha256</c>, covering <c>"@method"</c>, <c>"@path"</c>
/// and, with a body, the RFC 9530 <c>content-digest</c>; <c>keyid</c> is the device id.
/// </summary>
public sealed class RequestSigner(DeviceKey key, TimeProvider? clock = null)
{
    /// <summary>The signature's label; the engine accepts any.</summary>
    public const string Label = "sig1";

    private const string CoveredWithBody = "(\"@method\" \"@path\" \"content-digest\")";
    private const string CoveredWithoutBody = "(\"@method\" \"@path\")";

    /// <summary>Built once: the parameters after <c>created</c>, the same for every request of this key.</summary>
    private readonly string keyParameters = ";keyid=\"" + key.DeviceId + "\";alg=\"ecdsa-p256-sha256\"";
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    public DeviceKey Key => key;

    /// <summary>Adds <c>Content-Digest</c> (with a body), <c>Signature-Input</c> and <c>Signature</c> to <paramref name="request"/>,
    /// created now; <paramref name="body"/> must be the exact bytes sent. The signed path is the request URI's path, without its query.</summary>
    public void Sign(HttpRequestMessage request, ReadOnlySpan<byte> body)
    {
        var headers = CreateHeaders(request.Method.Method, PathOf(request), body, clock.GetUtcNow());
        if (headers.ContentDigest is not null)
        {
            request.Headers.TryAddWithoutValidation(ContentDigest.HeaderName, headers.ContentDigest);
        }

        request.Headers.TryAddWithoutValidation("Signature-Input", headers.SignatureInput);
        request.Headers.TryAddWithoutValidation("Signature", headers.Signature);
    }

    /// <summary>The header values for this method, path (no query), body and creation time.</summary>
    public SignatureHeaders CreateHeaders(string method, string path, ReadOnlySpan<byte> body, DateTimeOffset created)
    {
        var digest = body.IsEmpty ? null : ContentDigest.Sha256(body);
        var signatureParams = (digest is null ? CoveredWithoutBody : CoveredWithBody)
            + ";created=" + created.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) + keyParameters;
        KeyValuePair<string, string>[] components = digest is null
            ? [new("@method", method), new("@path", path)]
            : [new("@method", method), new("@path", path), new("content-digest", digest)];
        var signature = key.Sign(SignatureBase.Build(components, signatureParams));
        return new SignatureHeaders(digest, Label + "=" + signatureParams, Label + "=:" + Convert.ToBase64String(signature) + ":");
    }

    private static string PathOf(HttpRequestMessage request)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI to sign.");
        if (uri.IsAbsoluteUri)
        {
            return uri.AbsolutePath;
        }

        var relative = uri.OriginalString;
        var query = relative.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? relative : relative[..query];
        return path.StartsWith('/') ? path : "/" + path;
    }
}

/// <summary>The header values a signed phone request carries; <see cref="ContentDigest"/> is null without a body.</summary>
public sealed record SignatureHeaders(string? ContentDigest, string SignatureInput, string Signature);
