using MfaGrains.Hosting.Silo;
using Microsoft.Extensions.Configuration;

namespace MfaGrains.Hosting.Clustering;

/// <summary>Reads the <c>Orleans</c> section while a builder is being set up, before options can be resolved.</summary>
internal static class ClusterIdentity
{
    public static SiloOptions Read(IConfiguration configuration) =>
        configuration.GetSection(SiloOptions.Section).Get<SiloOptions>() ?? new SiloOptions();
}
