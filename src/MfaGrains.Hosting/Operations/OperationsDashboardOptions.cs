using Microsoft.Extensions.Configuration;

namespace MfaGrains.Hosting.Operations;

/// <summary>The Orleans dashboard for operators; bound from <c>Operations:Dashboard</c> on silos and APIs alike.</summary>
public sealed class OperationsDashboardOptions
{
    public const string Section = "Operations:Dashboard";

    /// <summary>Whether silos collect dashboard data and APIs serve <c>/dashboard</c>; set the same value on every host of a cluster.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Whether <c>/dashboard</c> needs an operator key; when unset, true in every environment but Development.</summary>
    public bool? RequireAuthorization { get; set; }

    /// <summary>Whether the dashboard's live log view (<c>/dashboard/Trace</c>) is served; otherwise it answers 403.</summary>
    public bool ShowTrace { get; set; }

    /// <summary>Reads the section as it stands at start-up (the dashboard is wired while the host is built).</summary>
    public static OperationsDashboardOptions Read(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<OperationsDashboardOptions>() ?? new();
}
