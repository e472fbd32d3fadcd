namespace MfaGrains.Contracts.Audit;

/// <summary>The moments of a challenge's life the audit trail records.</summary>
[GenerateSerializer, Alias("mfa.AuditEventKind")]
public enum AuditEventKind
{
    Issued = 0,
    Delivered = 1,
    Resolved = 2,
}
