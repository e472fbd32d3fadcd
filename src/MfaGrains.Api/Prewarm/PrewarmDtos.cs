using System.Text.Json.Serialization;
using MfaGrains.Contracts.Prewarm;

namespace MfaGrains.Api.Prewarm;

/// <summary>The body of <c>POST /v1/prewarm</c>: tomorrow's roster, when to start warming, and over how many seconds.</summary>
public sealed record PrewarmRequestBody(IReadOnlyList<string?>? UserIds = null, DateTimeOffset? At = null, int? SpreadSeconds = null);

/// <summary>A pre-warm job's progress: of <c>requested</c> distinct ids, how many were warmed, unknown (no such user) or failed.</summary>
public sealed record PrewarmJobResponse(
    string JobId,
    PrewarmJobStatus Status,
    int Requested,
    int Warmed,
    int Unknown,
    int Failed,
    DateTimeOffset At,
    int SpreadSeconds,
    DateTimeOffset HoldUntil,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTimeOffset? CompletedAt)
{
    public static PrewarmJobResponse From(PrewarmStatus status) => new(
        status.JobId, status.Status, status.Requested, status.Warmed, status.Unknown, status.Failed, status.StartAt, status.SpreadSeconds, status.HoldUntil, status.CompletedAt);
}
