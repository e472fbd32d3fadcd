namespace MfaGrains.Api.Signatures;

/// <summary>The three verdicts on a device request signature.</summary>
public enum SignatureOutcome
{
    /// <summary>The signature is good and fresh.</summary>
    Valid,

    /// <summary>The signature, digest, key or headers are bad or missing: 401 invalid_signature.</summary>
    Invalid,

    /// <summary>The signature is good but its created time is too far from the server's clock: 401 stale_signature.</summary>
    Stale,
}
