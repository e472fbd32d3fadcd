namespace MfaGrains.Cluster.Tests.Traffic;

/// <summary>
/// Sign-ins at a steady arrival rate with at most <c>maxInFlight</c> at once, users taken in turn, portal and phone
/// sides swapping instances each round. A user has one sign-in at a time, follow-ups included: a second challenge
/// would supersede the first. Before sign-in number <c>interruptBefore</c> starts, <c>interrupt</c> runs (the kill).
/// </summary>
internal sealed class SignInRun(AttemptLog log)
{
    /// <param name="signIn">One sign-in for the user with the portal on the given instance, and whatever follows it up.</param>
    public async Task<List<T>> RunAsync<T>(
        IReadOnlyList<EnrolledUser> users, int total, double perSecond, int maxInFlight, int interruptBefore, Func<Task> interrupt,
        Func<EnrolledUser, int, Task<T>> signIn)
    {
        using var slots = new SemaphoreSlim(maxInFlight);
        var userLocks = users.Select(_ => new SemaphoreSlim(1)).ToArray();
        var start = log.Clock.Elapsed;
        var running = new List<Task<T>>(total);
        for (var i = 0; i < total; i++)
        {
            var due = start + TimeSpan.FromSeconds(i / perSecond);
            if (due > log.Clock.Elapsed)
            {
                await Task.Delay(due - log.Clock.Elapsed); // pacing the arrivals, not waiting for any state
            }

            if (i == interruptBefore)
            {
                await interrupt();
            }

            await slots.WaitAsync();
            var n = i % users.Count;
            var portalApi = (n + i / users.Count) % 2;
            running.Add(Task.Run(async () =>
            {
                await userLocks[n].WaitAsync();
                try
                {
                    return await signIn(users[n], portalApi);
                }
                finally
                {
                    userLocks[n].Release();
                    slots.Release();
                }
            }));
        }

        var results = await Task.WhenAll(running);
        foreach (var userLock in userLocks)
        {
            userLock.Dispose();
        }

        return [.. results];
    }
}
