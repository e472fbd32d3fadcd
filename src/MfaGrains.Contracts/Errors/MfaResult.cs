namespace MfaGrains.Contracts.Errors;

/// <summary>The outcome of a grain command: a value, or the failure that refused it. Failures are data, not exceptions, so refusing is cheap.</summary>
[GenerateSerializer, Immutable, Alias("mfa.MfaResult`1")]
public sealed record MfaResult<T>(T? Value, MfaFailure? Failure)
{
    public bool Succeeded => Failure is null;

    public static implicit operator MfaResult<T>(T value) => new(value, null);

    public static implicit operator MfaResult<T>(MfaFailure failure) => new(default, failure);
}

/// <summary>The outcome of a grain command that returns nothing but may be refused.</summary>
[GenerateSerializer, Immutable, Alias("mfa.MfaResult")]
public sealed record MfaResult(MfaFailure? Failure)
{
    public static readonly MfaResult Ok = new((MfaFailure?)null);

    public bool Succeeded => Failure is null;

    public static implicit operator MfaResult(MfaFailure failure) => new(failure);
}
