using System.ComponentModel.DataAnnotations;

namespace MfaGrains.Grains.Options;

/// <summary>How the audit trail is kept; bound from <c>Mfa:Audit</c>.</summary>
public sealed class AuditOptions
{
    public const string Section = "Mfa:Audit";

    /// <summary>
    /// How long events gather in memory before one state write stores them. Longer means fewer writes per sign-in;
    /// events of that last interval are lost if the silo dies.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Events kept per user; older ones are dropped.</summary>
    [Range(10, 10_000)]
    public int EventsPerUser { get; set; } = 200;
}
