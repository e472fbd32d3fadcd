namespace MfaGrains.Api.Signatures;

/// <summary>The verdict on a request signature: valid for a key id, invalid for a reason, or valid but stale.</summary>
public sealed record SignatureCheck(SignatureOutcome Outcome, string? KeyId, SignatureFailure Failure)
{
    public bool IsValid => Outcome == SignatureOutcome.Valid;

    public static SignatureCheck Valid(string keyId) => new(SignatureOutcome.Valid, keyId, SignatureFailure.None);

    public static SignatureCheck Stale(string keyId) => new(SignatureOutcome.Stale, keyId, SignatureFailure.None);

    public static SignatureCheck Invalid(SignatureFailure failure) => new(SignatureOutcome.Invalid, null, failure);
}
