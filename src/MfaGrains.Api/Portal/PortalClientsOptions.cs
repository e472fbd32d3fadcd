namespace MfaGrains.Api.Portal;

/// <summary>The portals that may call the API, bound from the <c>Portal</c> configuration section.</summary>
public sealed class PortalClientsOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Portal";

    /// <summary>The configured portals; none means every portal request is refused.</summary>
    public IList<PortalClient> Clients { get; } = [];
}
