namespace MfaGrains.Grains.Audit;

/// <summary>The stored audit trail of one user, oldest first.</summary>
[GenerateSerializer, Alias("mfa.AuditLogState")]
public sealed class AuditLogState
{
    [Id(0)] public List<AuditEvent> Events { get; set; } = [];
}
