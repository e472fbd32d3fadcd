namespace MfaGrains.Contracts.Audit;

/// <summary>Where challenge lifecycle events are published: one stream per user in the audit namespace.</summary>
public static class AuditStreams
{
    public const string Provider = "audit";
    public const string Namespace = "challenge-events";
}
