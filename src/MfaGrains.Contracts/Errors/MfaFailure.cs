using MfaGrains.Contracts.Challenges;

namespace MfaGrains.Contracts.Errors;

/// <summary>Why a grain refused a request: a contract error code plus the facts the API needs to answer it.</summary>
/// <param name="Code">The contract error code.</param>
/// <param name="Detail">A human-readable explanation; never contains a secret.</param>
/// <param name="RetryAt">When a throttled or locked request may be tried again (becomes Retry-After).</param>
/// <param name="ChallengeStatus">For challenge_not_pending: the status the challenge already has.</param>
/// <param name="ChallengeReason">For challenge_not_pending: the reason of that status.</param>
[GenerateSerializer, Immutable, Alias("mfa.MfaFailure")]
public sealed record MfaFailure(
    MfaErrorCode Code,
    string? Detail = null,
    DateTimeOffset? RetryAt = null,
    ChallengeStatus? ChallengeStatus = null,
    ChallengeReason? ChallengeReason = null);
