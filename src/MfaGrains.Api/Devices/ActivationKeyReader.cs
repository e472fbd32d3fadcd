using System.Text.Json;
using MfaGrains.Api.Http;
using MfaGrains.Api.Signatures;
using MfaGrains.Contracts.Errors;

namespace MfaGrains.Api.Devices;

/// <summary>
/// Reads an activation body, once: the key in it is the only key the activation can be verified with, and the same
/// parsed request is what the route then acts on, so the key that verified the signature is the key stored. A body
/// that is not JSON cannot name a key, so it is refused as the request it is (415/400) rather than as a signature.
/// </summary>
public static class ActivationKeyReader
{
    private const string ParsedKey = "mfagrains:activation-request";

    /// <summary>The new device's key from the body, parsing and keeping the whole request for <see cref="Parsed"/>.</summary>
    /// <remarks>Duplicate members, including case variants (<c>publicKey</c> and <c>PublicKey</c>), are refused: see <see cref="MfaJson"/>.</remarks>
    public static DeviceKey Read(HttpRequest request, byte[] body)
    {
        if (!request.HasJsonContentType())
        {
            return new DeviceKey(null, null, MfaErrorCode.UnsupportedMediaType);
        }

        ActivateDeviceRequest? activation;
        try
        {
            activation = JsonSerializer.Deserialize<ActivateDeviceRequest>(body, MfaJson.Options);
        }
        catch (JsonException)
        {
            return new DeviceKey(null, null, MfaErrorCode.ValidationFailed);
        }

        if (activation is null)
        {
            return new DeviceKey(null, null, MfaErrorCode.ValidationFailed);
        }

        request.HttpContext.Items[ParsedKey] = activation;
        var jwk = activation.PublicKey;
        return jwk.Kty == "EC" && jwk.Crv == "P-256" && P256PublicKey.TryCreate(jwk.X, jwk.Y, out var key)
            ? new DeviceKey(key, null, null)
            : new DeviceKey(null, null, MfaErrorCode.InvalidSignature);
    }

    /// <summary>The request <see cref="Read"/> parsed; only on the activation route, after authentication succeeded.</summary>
    public static ActivateDeviceRequest Parsed(HttpContext http) =>
        http.Items[ParsedKey] as ActivateDeviceRequest ?? throw new InvalidOperationException("The activation body was not read by authentication.");
}
