namespace MfaGrains.Contracts.Prewarm;

/// <summary>What warming one grain found.</summary>
[GenerateSerializer, Alias("mfa.WarmOutcome")]
public enum WarmOutcome
{
    /// <summary>The grain exists and is now active, held for the requested time.</summary>
    Warmed = 0,

    /// <summary>Nothing is stored under this key; the activation is dropped and nothing was written.</summary>
    Unknown = 1,
}
