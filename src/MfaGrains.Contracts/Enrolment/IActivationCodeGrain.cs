namespace MfaGrains.Contracts.Enrolment;

/// <summary>Maps a live activation code to its enrolment. Keyed by a keyed hash of the code, never the code itself.</summary>
[Alias("mfa.IActivationCodeGrain")]
public interface IActivationCodeGrain : IGrainWithStringKey
{
    /// <summary>Claims the code for an enrolment; false when a live enrolment already holds it.</summary>
    [Alias("TryReserve")]
    Task<bool> TryReserve(ActivationCodeBinding binding);

    /// <summary>The enrolment the code belongs to, or null when the code is unknown, used or expired.</summary>
    [Alias("Resolve")]
    Task<ActivationCodeBinding?> Resolve();

    /// <summary>Frees the code once its enrolment no longer needs it.</summary>
    [Alias("Release")]
    Task Release(string enrolmentId);
}
