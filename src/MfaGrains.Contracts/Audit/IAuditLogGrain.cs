namespace MfaGrains.Contracts.Audit;

/// <summary>A user's audit trail, fed by the audit stream; keyed by the lower-cased user id.</summary>
[Alias("mfa.IAuditLogGrain")]
public interface IAuditLogGrain : IGrainWithStringKey
{
    /// <summary>The newest <paramref name="limit"/> events, newest first.</summary>
    [Alias("GetEvents")]
    Task<IReadOnlyList<AuditEvent>> GetEvents(int limit);
}
