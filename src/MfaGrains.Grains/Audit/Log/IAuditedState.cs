namespace MfaGrains.Grains.Audit.Log;

/// <summary>
/// Grain state whose changes carry audit records that must commit in the same transaction as the state itself, so
/// a crash after the write loses no event and a failed write records none.
/// </summary>
public interface IAuditedState
{
    /// <summary>
    /// The records of the change being written, oldest first. The grain storage appends them to the audit log inside
    /// the write's transaction; the grain empties the list once the write has committed. Never part of the payload.
    /// </summary>
    List<AuditRecord> UncommittedAudit { get; }
}
