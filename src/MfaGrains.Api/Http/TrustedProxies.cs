using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace MfaGrains.Api.Http;

/// <summary>
/// Takes the client's address from the proxy's <c>X-Forwarded-For</c> when, and only when, the connection comes from a
/// configured proxy (<see cref="TrustedProxyOptions"/>), so each phone behind the shipped proxies is its own throttle
/// bucket, and nobody else can claim an address by sending the header.
/// </summary>
public static class TrustedProxies
{
    /// <summary>Binds the proxies from configuration; an address or network that does not parse stops the start.</summary>
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var trusted = new TrustedProxyOptions();
        configuration.GetSection(TrustedProxyOptions.Section).Bind(trusted);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // One proxy hop: the right-most address the proxy appended is the client; anything to its left is the client's claim.
            options.ForwardLimit = 1;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in trusted.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"{TrustedProxyOptions.Section}:KnownProxies holds '{proxy}', which is not an IP address."));
            }

            foreach (var network in trusted.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"{TrustedProxyOptions.Section}:KnownNetworks holds '{network}', which is not a CIDR network."));
            }
        });
        services.AddOptions<ForwardedHeadersOptions>().ValidateOnStart();
        return services;
    }

    /// <summary>Adds the forwarded-headers middleware when a proxy is configured; call it first.</summary>
    /// <remarks>Not otherwise: with both lists empty the framework's middleware believes every sender.</remarks>
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        return options.KnownProxies.Count == 0 && options.KnownIPNetworks.Count == 0 ? app : app.UseForwardedHeaders();
    }
}
