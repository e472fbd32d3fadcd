namespace MfaGrains.Load.Http;

/// <summary>One pooled <see cref="HttpClient"/> per API base URL; iterations spread over them round-robin.</summary>
public sealed class TargetClients : IDisposable
{
    private readonly HttpClient[] clients;
    private long next = -1;

    public TargetClients(IReadOnlyList<Uri> targets, int maxConnectionsPerServer)
    {
        if (targets.Count == 0)
        {
            throw new ArgumentException("At least one target is needed.", nameof(targets));
        }

        clients = [.. targets.Select(target => Create(target, maxConnectionsPerServer))];
    }

    public IReadOnlyList<HttpClient> All => clients;

    /// <summary>The next target's client, round-robin.</summary>
    public HttpClient Next() => clients[(int)((ulong)Interlocked.Increment(ref next) % (ulong)clients.Length)];

    /// <summary>A client for one target: connections pooled and recycled every two minutes (so DNS and load balancers are honoured), no proxy, no cookies.</summary>
    public static HttpClient Create(Uri target, int maxConnectionsPerServer, TimeSpan? timeout = null) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = maxConnectionsPerServer,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            PooledConnectionIdleTimeout = timeout ?? TimeSpan.FromSeconds(30),
            ConnectTimeout = TimeSpan.FromSeconds(5),
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
        })
        {
            BaseAddress = target,
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
        };

    public void Dispose()
    {
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }
}
