using System.Text.Json.Serialization;

namespace MfaGrains.Messaging.Webhook;

/// <summary>Source-generated JSON for the webhook body, in camelCase.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(WebhookPayload))]
internal sealed partial class WebhookJsonContext : JsonSerializerContext;
