namespace MfaGrains.Api.Http;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> the API believes; bound from
/// <c>ForwardedHeaders</c>. With none configured the headers are ignored and the connection's address is the client's.
/// </summary>
public sealed class TrustedProxyOptions
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses of the proxies (e.g. the compose nginx's fixed address).</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks in CIDR form the proxies live in (e.g. the ingress controller's pod network).</summary>
    public IList<string> KnownNetworks { get; } = [];
}
