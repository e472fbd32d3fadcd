using System.Text.Json;
using MfaGrains.Api.Signatures;
using MfaGrains.Contracts.Errors;

namespace MfaGrains.Api.Devices;

/// <summary>
/// Reads the new public key from an activation body, which is the only key an activation can be verified with.
/// A body that is not JSON cannot name a key, so it is refused as the request it is (415/400) rather than as a signature.
/// </summary>
public static class ActivationKeyReader
{
    public static DeviceKey Read(HttpRequest request, byte[] body)
    {
        if (!request.HasJsonContentType())
        {
            return new DeviceKey(null, null, MfaErrorCode.UnsupportedMediaType);
        }

        JsonElement jwk;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("publicKey", out jwk) || jwk.ValueKind != JsonValueKind.Object)
            {
                return new DeviceKey(null, null, MfaErrorCode.ValidationFailed);
            }

            jwk = jwk.Clone();
        }
        catch (JsonException)
        {
            return new DeviceKey(null, null, MfaErrorCode.ValidationFailed);
        }

        return Text(jwk, "kty") == "EC" && Text(jwk, "crv") == "P-256" && P256PublicKey.TryCreate(Text(jwk, "x"), Text(jwk, "y"), out var key)
            ? new DeviceKey(key, null, null)
            : new DeviceKey(null, null, MfaErrorCode.InvalidSignature);
    }

    private static string? Text(JsonElement jwk, string name) =>
        jwk.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
