using System.Text.Json.Serialization;

namespace MfaGrains.Messaging.Notify;

/// <summary>Source-generated JSON for Notify's wire shapes: snake_case as Notify's clients write it, nulls left out (so no <c>sms_sender_id</c> unless set).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(NotifySmsRequest))]
[JsonSerializable(typeof(NotifySmsResponse))]
[JsonSerializable(typeof(NotifyErrorResponse))]
internal sealed partial class NotifyJsonContext : JsonSerializerContext;
