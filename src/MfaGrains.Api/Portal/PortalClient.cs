namespace MfaGrains.Api.Portal;

/// <summary>One portal allowed to call <c>/v1/users/...</c>: its display name and the hash of its API key.</summary>
public sealed class PortalClient
{
    /// <summary>Display name; also the default <c>context.application</c> of the portal's challenges.</summary>
    public string Name { get; set; } = "";

    /// <summary>Hex SHA-256 of the API key (64 digits, lower case by convention), e.g. <c>printf %s "$KEY" | sha256sum</c>.</summary>
    /// <remarks>Why a plain SHA-256 is right for keys: see <see cref="ApiKeys.ApiKeyHash"/>.</remarks>
    public string KeyHash { get; set; } = "";
}
