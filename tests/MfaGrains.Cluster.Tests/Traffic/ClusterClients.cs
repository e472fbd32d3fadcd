using MfaGrains.Api.Tests.EndToEnd;
using MfaGrains.Api.Tests.Phones;

namespace MfaGrains.Cluster.Tests.Traffic;

/// <summary>The clients of a run: one portal per API instance, and phones that can reach either instance.</summary>
internal sealed class ClusterClients : IDisposable
{
    public const string PortalKey = "dev-portal-key"; // the Development key; the cluster runs in Development

    // Above the engine's 30 s grain-call timeout, so a call stuck on the dead silo comes back as the API's answer.
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(45);

    private readonly List<HttpClient> _clients = [];
    private readonly HttpClient _phoneClient;

    public ClusterClients(IReadOnlyList<Uri> apis)
    {
        Apis = apis;
        Portals = [.. apis.Select(api => new TestPortal(Track(new HttpClient { BaseAddress = api, Timeout = RequestTimeout }), PortalKey))];
        _phoneClient = Track(new HttpClient(new PhoneRoute(new SocketsHttpHandler())) { BaseAddress = apis[0], Timeout = RequestTimeout });
    }

    public IReadOnlyList<Uri> Apis { get; }

    public IReadOnlyList<TestPortal> Portals { get; }

    /// <summary>A new phone (a new P-256 key); route its calls with <see cref="PhoneRoute.Via{T}"/>.</summary>
    public TestPhone NewPhone() => new(_phoneClient, TimeProvider.System);

    /// <summary>The other instance: the phone's when the portal uses <paramref name="api"/>.</summary>
    public static int Other(int api) => 1 - api;

    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }
    }

    private HttpClient Track(HttpClient client)
    {
        _clients.Add(client);
        return client;
    }
}
