using System.Text.Json.Serialization;
using MfaGrains.Grains.Audit.Log;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>A test state whose writes carry audit records, as the user grain's will.</summary>
public sealed class AuditedProbeState : IAuditedState
{
    public string? Value { get; set; }

    [JsonIgnore]
    public List<AuditRecord> UncommittedAudit { get; } = [];
}
