using System.ComponentModel.DataAnnotations;

namespace MfaGrains.Grains.Options;

/// <summary>How long the audit log keeps its rows; bound from <c>Mfa:Audit</c>.</summary>
public sealed class AuditOptions
{
    public const string Section = "Mfa:Audit";

    /// <summary>Rows older than this are purged (docs/operations.md, "Audit retention").</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How often each silo runs the purge.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);
}
