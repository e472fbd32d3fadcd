namespace MfaGrains.Contracts.Audit;

/// <summary>One page of a user's audit trail, newest first.</summary>
/// <param name="NextBefore">The cursor for the next, older page; null when this page reached the oldest entry.</param>
[GenerateSerializer, Immutable, Alias("mfa.AuditPage")]
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, long? NextBefore);
