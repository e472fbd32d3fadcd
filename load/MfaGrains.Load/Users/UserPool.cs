using System.Collections.Concurrent;
using MfaGrains.Load.Phones;

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

/// <summary>A seeded user whose phone key is loaded on first use, so a pool of 100,000 starts at once.</summary>
public sealed class PooledUser(SeededUser user)
{
    private readonly Lazy<PhoneKey> key = new(() => PhoneKey.FromPkcs8(user.PrivateKey));

    public string UserId => user.UserId;

    public PhoneKey Phone => key.Value;
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
