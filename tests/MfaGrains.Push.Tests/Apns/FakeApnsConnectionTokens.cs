namespace MfaGrains.Push.Tests.Apns;

/// <summary>Apple's rule that a connection's provider token may change at most every 20 minutes, tracked per HTTP/2 connection.</summary>
internal sealed class FakeApnsConnectionTokens(TimeProvider time)
{
    public static readonly TimeSpan MinimumTokenLifetime = TimeSpan.FromMinutes(20);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (string Jwt, DateTimeOffset Since)> _byConnection = [];

    /// <summary>False when <paramref name="jwt"/> replaces this connection's token less than 20 minutes after it first appeared.</summary>
    public bool TryUse(string connectionId, string jwt)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_byConnection.TryGetValue(connectionId, out var current))
            {
                if (current.Jwt == jwt)
                {
                    return true;
                }

                if (now - current.Since < MinimumTokenLifetime)
                {
                    return false;
                }
            }

            _byConnection[connectionId] = (jwt, now);
            return true;
        }
    }
}
