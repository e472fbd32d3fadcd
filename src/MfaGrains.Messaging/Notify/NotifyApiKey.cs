using System.Text;

namespace MfaGrains.Messaging.Notify;

/// <summary>
/// A Notify API key split into its parts: <c>{key_name}-{service_id}-{secret_key}</c>, where the last two are 36-character
/// UUIDs and the name may itself contain hyphens, so the parts are taken from the end.
/// </summary>
internal sealed class NotifyApiKey
{
    private const int UuidLength = 36;

    private NotifyApiKey(string serviceId, byte[] secret)
    {
        ServiceId = serviceId;
        Secret = secret;
    }

    /// <summary>The service id, the JWT's <c>iss</c>.</summary>
    public string ServiceId { get; }

    /// <summary>The UTF-8 bytes of the secret key, the HS256 signing key.</summary>
    public byte[] Secret { get; }

    public static NotifyApiKey? TryParse(string? value)
    {
        var key = value?.Trim();
        // name, '-', service id, '-', secret
        if (key is null || key.Length < 1 + 1 + UuidLength + 1 + UuidLength
            || key[^(UuidLength + 1)] != '-' || key[^(2 * UuidLength + 2)] != '-')
        {
            return null;
        }

        var secret = key[^UuidLength..];
        var serviceId = key[^(2 * UuidLength + 1)..^(UuidLength + 1)];
        return IsUuid(serviceId) && IsUuid(secret) ? new NotifyApiKey(serviceId, Encoding.UTF8.GetBytes(secret)) : null;
    }

    /// <summary>The service id only: the secret must not reach a log or a debugger window by accident.</summary>
    public override string ToString() => $"NotifyApiKey {{ ServiceId = {ServiceId} }}";

    private static bool IsUuid(string value) => Guid.TryParseExact(value, "D", out _);
}
