namespace MfaGrains.Grains.Audit.Log;

/// <summary>An audit record as the log holds it: its position (increasing with every append) and the record.</summary>
[GenerateSerializer, Immutable, Alias("mfa.StoredAuditRecord")]
public sealed record StoredAuditRecord([property: Id(0)] long Id, [property: Id(1)] AuditRecord Record);
