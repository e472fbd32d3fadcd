namespace MfaGrains.Client;

/// <summary>An RFC 9457 problem as the engine sends it, with its machine-readable <see cref="Code"/> (see <see cref="MfaErrorCodes"/>).</summary>
/// <param name="ChallengeStatus">With <c>challenge_not_pending</c> on an answer: the status the challenge already has.</param>
/// <param name="Reason">With <c>challenge_not_pending</c> on an answer: the reason the challenge already has.</param>
public sealed record MfaProblem(
    string? Type, string? Title, int Status, string? Detail, string? Code, ChallengeStatus? ChallengeStatus = null, ChallengeReason? Reason = null);
