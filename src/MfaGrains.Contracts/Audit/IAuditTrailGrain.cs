namespace MfaGrains.Contracts.Audit;

/// <summary>Reads users' audit trails from the silo's audit log; a stateless worker, so any silo answers locally.</summary>
[Alias("mfa.IAuditTrailGrain")]
public interface IAuditTrailGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// The user's newest entries, newest first: at most <paramref name="limit"/>, and only those older than the entry
    /// <paramref name="before"/> (an <see cref="AuditEntry.Id"/>) when it is given.
    /// </summary>
    [Alias("Read")]
    Task<AuditPage> Read(string userId, long? before, int limit);
}
