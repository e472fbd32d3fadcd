namespace MfaGrains.Load.Users;

/// <summary>Whether a users file can feed a plan that signs each user in at most once: it needs one user per arrival.</summary>
public static class SingleUseBudget
{
    /// <summary>Throws (a usage error, exit 2) when <paramref name="users"/> cannot cover <paramref name="arrivals"/>.</summary>
    public static void Ensure(int users, long arrivals, string source)
    {
        if (users < arrivals)
        {
            throw new ArgumentException(
                $"{source} holds {users} users, but the plan starts {arrivals} sign-ins and each user may sign in only once (the first since the restart): "
                + $"seed at least {arrivals} users (seed --users {arrivals}), or lower --rate or shorten the phases.");
        }
    }
}
