using MfaGrains.Grains.Secrets;

namespace MfaGrains.Grains.Users;

/// <summary>What is stored about a user's passcodes: standalone authenticators, the phone and its code, limits and the lock.</summary>
[GenerateSerializer, Alias("mfa.PasscodeState")]
public sealed class PasscodeState
{
    [Id(0)] public List<TotpRecord> Totps { get; set; } = [];

    /// <summary>The E.164 number codes are sent to.</summary>
    [Id(1)] public string? PhoneNumber { get; set; }

    /// <summary>The one live SMS or voice code, if any; a new one replaces it.</summary>
    [Id(2)] public PhoneCodeRecord? PhoneCode { get; set; }

    /// <summary>When codes were sent, within the send window: the per-user send limit counts these.</summary>
    [Id(3)] public List<DateTimeOffset> SentAt { get; set; } = [];

    /// <summary>When passcodes were refused, within the failure window: the lock counts these.</summary>
    [Id(4)] public List<DateTimeOffset> FailedAt { get; set; } = [];

    [Id(5)] public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>Refusals since the last accepted code or unlock, whatever the time-limited lock did in between.</summary>
    [Id(6)] public int ConsecutiveFailures { get; set; }
}

/// <summary>A standalone TOTP authenticator (any RFC 6238 app), usable once a first code has confirmed it.</summary>
[GenerateSerializer, Alias("mfa.TotpRecord")]
public sealed class TotpRecord
{
    [Id(0)] public string Id { get; set; } = "";

    /// <summary>The base32 seed, sealed; the clear seed is handed out once, at creation.</summary>
    [Id(1)] public ProtectedSecret Seed { get; set; } = new();

    [Id(2)] public bool Confirmed { get; set; }

    [Id(3)] public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The last time step accepted from this seed; codes of this step or earlier are replays.</summary>
    [Id(4)] public long? LastAcceptedStep { get; set; }
}

/// <summary>An SMS or voice code: only its keyed hash is stored.</summary>
[GenerateSerializer, Alias("mfa.PhoneCodeRecord")]
public sealed class PhoneCodeRecord
{
    [Id(0)] public PhoneChannel Channel { get; set; }

    [Id(1)] public string CodeHash { get; set; } = "";

    [Id(2)] public DateTimeOffset ExpiresAt { get; set; }
}
