using System.Collections.Concurrent;
using MfaGrains.Client;
using MfaGrains.Client.Signing;

namespace MfaGrains.Load.Users;

/// <summary>Seeded users handed out one iteration at a time, least recently used first: a user never has two sign-ins
/// in flight (a new challenge would supersede the first) and sign-ins spread evenly over the per-user limits.
/// With <see cref="UserReuse.Once"/> a user is handed out once and never again.</summary>
public sealed class UserPool
{
    private readonly ConcurrentQueue<PooledUser> idle;

    public UserPool(IEnumerable<SeededUser> users, UserReuse reuse = UserReuse.LeastRecentlyUsed)
    {
        idle = new ConcurrentQueue<PooledUser>(users.Select(user => new PooledUser(user)));
        Count = idle.Count;
        Reuse = reuse;
    }

    public int Count { get; }

    public UserReuse Reuse { get; }

    /// <summary>A user no other iteration holds, or null when every one is busy.</summary>
    public UserLease? TryLease() => idle.TryDequeue(out var user) ? new UserLease(user, this) : null;

    internal void Return(PooledUser user)
    {
        if (Reuse == UserReuse.LeastRecentlyUsed)
        {
            idle.Enqueue(user);
        }
    }
}

/// <summary>A seeded user whose phone key is loaded on first use, so a pool of 100,000 starts at once.
/// Only the iteration holding its lease touches it, so its cached phone client needs no lock.</summary>
public sealed class PooledUser(SeededUser user)
{
    private readonly Lazy<DeviceKey> key = new(() => DeviceKey.FromPkcs8(Convert.FromBase64String(user.PrivateKey)));
    private MfaPhoneClient? phone;

    public string UserId => user.UserId;

    /// <summary>The user's phone on <paramref name="http"/>'s target; made again only when the target changes.</summary>
    public MfaPhoneClient Phone(HttpClient http)
    {
        if (phone is null || !ReferenceEquals(phone.Http, http))
        {
            phone = new MfaPhoneClient(http, key.Value);
        }

        return phone;
    }
}

/// <summary>Holds a user for one iteration; disposing gives it back to the pool.</summary>
public sealed class UserLease(PooledUser user, UserPool pool) : IDisposable
{
    private int returned;

    public PooledUser User { get; } = user;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref returned, 1) == 0)
        {
            pool.Return(User);
        }
    }
}
