namespace MfaGrains.Push.Tests.Fcm;

/// <summary>What the fake FCM answers for a scripted registration token, each with the exact envelope of push-providers.md §1.5.</summary>
public enum FcmFault
{
    /// <summary>404 NOT_FOUND + FcmError UNREGISTERED.</summary>
    Unregistered,

    /// <summary>400 INVALID_ARGUMENT + FcmError INVALID_ARGUMENT, "The registration token is not a valid FCM registration token".</summary>
    InvalidToken,

    /// <summary>403 PERMISSION_DENIED + FcmError SENDER_ID_MISMATCH.</summary>
    SenderIdMismatch,

    /// <summary>429 RESOURCE_EXHAUSTED + FcmError QUOTA_EXCEEDED, with the scripted Retry-After.</summary>
    QuotaExceeded,

    /// <summary>500 INTERNAL + FcmError INTERNAL.</summary>
    Internal,

    /// <summary>503 UNAVAILABLE + FcmError UNAVAILABLE, with the scripted Retry-After.</summary>
    Unavailable,

    /// <summary>Revokes the access token used, then 401 UNAUTHENTICATED without FcmError detail; later sends succeed.</summary>
    UnauthorizedOnce,

    /// <summary>Revokes every access token used with this registration token and answers 401 each time.</summary>
    UnauthorizedAlways,
}
