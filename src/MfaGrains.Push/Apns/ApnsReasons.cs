using MfaGrains.Push.Sending;

namespace MfaGrains.Push.Apns;

/// <summary>Apple's reason strings that change what we do, and what each answer means for the engine (push-providers.md §2.5).</summary>
internal static class ApnsReasons
{
    public const string ExpiredProviderToken = "ExpiredProviderToken";
    public const string BadDeviceToken = "BadDeviceToken";
    public const string Unregistered = "Unregistered";

    public static PushOutcome Classify(int status, string? reason) => reason switch
    {
        BadDeviceToken or "DeviceTokenNotForTopic" or Unregistered or "ExpiredToken" => PushOutcome.DropToken,

        // IdleTimeout, Shutdown and ServiceUnavailable also ask for a new connection; the pool opens one when Apple closes this one.
        "IdleTimeout" or "TooManyRequests" or "TooManyProviderTokenUpdates" or "InternalServerError" or "ServiceUnavailable" or "Shutdown"
            => PushOutcome.Retryable,

        // A 429 or 5xx is passing whatever the body says (a proxy's error page has no reason at all).
        _ when status is 429 or >= 500 => PushOutcome.Retryable,

        // Every other 4xx, and any reason we do not know, is our bug or configuration: retrying cannot fix it.
        _ => PushOutcome.Fatal,
    };
}
