using System.Text.Json.Serialization;

namespace MfaGrains.Push.Fcm;

/// <summary>Source-generated JSON for the FCM wire model: snake_case names as the Admin SDK writes them, nulls left out.</summary>
/// <remarks>The naming policy does not touch dictionary keys, so <c>data</c> keeps <c>challengeId</c>/<c>deviceId</c> as the contract spells them.</remarks>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FcmSendRequest))]
[JsonSerializable(typeof(FcmSendResponse))]
[JsonSerializable(typeof(FcmErrorResponse))]
internal sealed partial class FcmJsonContext : JsonSerializerContext;
