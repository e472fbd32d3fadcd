using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MfaGrains.Load.Phones;

/// <summary>Signs a phone request as the contract asks (RFC 9421 with RFC 9530 Content-Digest): covers "@method", "@path" and, with a body, "content-digest".</summary>
public static class RequestSigner
{
    public const string Label = "sig1";

    /// <summary>Adds Content-Digest (with a body), Signature-Input and Signature; <paramref name="path"/> is the request path without its query.</summary>
    public static void Sign(HttpRequestMessage request, PhoneKey key, string path, byte[]? body, DateTimeOffset created)
    {
        var hasBody = body is { Length: > 0 };
        var digest = hasBody ? "sha-256=:" + Convert.ToBase64String(SHA256.HashData(body!)) + ":" : null;
        var components = hasBody ? "(\"@method\" \"@path\" \"content-digest\")" : "(\"@method\" \"@path\")";
        var parameters = components
            + ";created=" + created.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)
            + ";keyid=\"" + key.DeviceId + "\";alg=\"ecdsa-p256-sha256\"";

        var signatureBase = new StringBuilder()
            .Append("\"@method\": ").Append(request.Method.Method).Append('\n')
            .Append("\"@path\": ").Append(path).Append('\n');
        if (digest is not null)
        {
            signatureBase.Append("\"content-digest\": ").Append(digest).Append('\n');
        }

        signatureBase.Append("\"@signature-params\": ").Append(parameters);
        var signature = key.Sign(Encoding.ASCII.GetBytes(signatureBase.ToString()));

        if (digest is not null)
        {
            request.Headers.TryAddWithoutValidation("Content-Digest", digest);
        }

        request.Headers.TryAddWithoutValidation("Signature-Input", Label + "=" + parameters);
        request.Headers.TryAddWithoutValidation("Signature", Label + "=:" + Convert.ToBase64String(signature) + ":");
    }
}
