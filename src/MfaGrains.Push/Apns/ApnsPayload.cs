using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using MfaGrains.Push.Sending;

namespace MfaGrains.Push.Apns;

/// <summary>
/// Writes the challenge notification: a visible alert naming only the application, and the ids the app needs to fetch
/// the challenge over its own channel. Never the number, a location or an address: APNs payloads are not end-to-end encrypted.
/// </summary>
internal static class ApnsPayload
{
    public const string Title = "Sign-in request";
    public const string FallbackBody = "Approve a sign-in request?";
    public const string Category = "MFA_CHALLENGE";

    // Keeps the payload far below Apple's 4 KB whatever a portal calls itself.
    private const int MaxApplicationLength = 100;

    // Relaxed escaping keeps "é" as UTF-8 rather than \u00e9: this is JSON for Apple, not HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] ForChallenge(PushMessage message)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartObject("aps");
            json.WriteStartObject("alert");
            json.WriteString("title", Title);
            json.WriteString("body", AlertBody(message.Application));
            json.WriteEndObject();
            json.WriteString("sound", "default");
            json.WriteString("category", Category);
            json.WriteNumber("mutable-content", 1);
            json.WriteString("interruption-level", "time-sensitive");
            json.WriteEndObject();
            json.WriteString("type", "mfaChallenge");
            json.WriteString("challengeId", message.ChallengeId);
            json.WriteString("deviceId", message.DeviceId);
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static string AlertBody(string? application)
    {
        if (string.IsNullOrWhiteSpace(application))
        {
            return FallbackBody;
        }

        var name = application.Trim();
        if (name.Length > MaxApplicationLength)
        {
            // Never cut a surrogate pair in half: the JSON writer would refuse it.
            var cut = char.IsHighSurrogate(name[MaxApplicationLength - 1]) ? MaxApplicationLength - 1 : MaxApplicationLength;
            name = string.Concat(name.AsSpan(0, cut), "…");
        }

        return $"Approve sign-in to {name}?";
    }
}
