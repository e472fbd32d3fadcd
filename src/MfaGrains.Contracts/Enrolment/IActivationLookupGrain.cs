namespace MfaGrains.Contracts.Enrolment;

/// <summary>
/// Finds the enrolment of an activation code; a stateless worker, so the code is hashed on the silo (which holds the
/// lookup key) and an API needs no secrets.
/// </summary>
[Alias("mfa.IActivationLookupGrain")]
public interface IActivationLookupGrain : IGrainWithIntegerKey
{
    /// <summary>The enrolment the code belongs to, or null when the code is unknown, used, cancelled or expired.</summary>
    [Alias("Find")]
    Task<ActivationCodeBinding?> Find(string activationCode);
}
