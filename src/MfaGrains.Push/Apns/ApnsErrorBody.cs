using System.Text.Json;

namespace MfaGrains.Push.Apns;

/// <summary>Apple's error body, <c>{"reason":"…","timestamp":…}</c>; the timestamp comes only with Unregistered.</summary>
/// <param name="Reason">Apple's reason string, or null when the body was empty or not Apple's JSON.</param>
/// <param name="Timestamp">When Apple last confirmed the token was invalid, if it said.</param>
internal sealed record ApnsErrorBody(string? Reason, DateTimeOffset? Timestamp)
{
    public static ApnsErrorBody Parse(byte[] body)
    {
        if (body.Length == 0)
        {
            return new(null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new(null, null);
            }

            var reason = root.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            DateTimeOffset? timestamp = root.TryGetProperty("timestamp", out var t) && t.TryGetInt64(out var ms)
                && ms >= 0 && ms <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
                ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
                : null;
            return new(reason, timestamp);
        }
        catch (JsonException)
        {
            // Not Apple speaking (a proxy or load balancer page): the status alone decides.
            return new(null, null);
        }
    }
}
