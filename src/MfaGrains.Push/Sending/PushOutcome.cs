namespace MfaGrains.Push.Sending;

/// <summary>What a provider's answer means for the engine.</summary>
public enum PushOutcome
{
    /// <summary>The provider accepted the message.</summary>
    Delivered,

    /// <summary>The token is dead (uninstalled app, wrong project or topic): clear it, the device keeps working by pull.</summary>
    DropToken,

    /// <summary>A passing fault (429, 5xx, transport): try again later, within the challenge's lifetime.</summary>
    Retryable,

    /// <summary>A fault that retrying cannot fix (configuration, a malformed request).</summary>
    Fatal,
}
