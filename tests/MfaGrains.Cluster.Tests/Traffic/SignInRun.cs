namespace MfaGrains.Cluster.Tests.Traffic;

/// <summary>
/// Sign-ins at a steady arrival rate with at most <c>maxInFlight</c> at once, users taken in turn (one sign-in per
/// user at a time: a second challenge would supersede the first), portal and phone sides swapping instances each round.
/// Before sign-in number <c>interruptBefore</c> starts, <c>interrupt</c> runs (the kill).
/// </summary>
internal sealed class SignInRun(SignInFlow flow, AttemptLog log)
{
    public async Task<List<SignInOutcome>> RunAsync(
        IReadOnlyList<EnrolledUser> users, int total, double perSecond, int maxInFlight, int interruptBefore, Func<Task> interrupt)
    {
        using var slots = new SemaphoreSlim(maxInFlight);
        var userLocks = users.Select(_ => new SemaphoreSlim(1)).ToArray();
        var start = log.Clock.Elapsed;
        var running = new List<Task<SignInOutcome>>(total);
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
                    return await flow.RunAsync(users[n], portalApi);
                }
                finally
                {
                    userLocks[n].Release();
                    slots.Release();
                }
            }));
        }

        var outcomes = await Task.WhenAll(running);
        foreach (var userLock in userLocks)
        {
            userLock.Dispose();
        }

        return [.. outcomes];
    }
}
