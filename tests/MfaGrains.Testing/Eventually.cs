namespace MfaGrains.Testing;

/// <summary>Awaits a condition that another process or thread (a fake push service, a background dispatcher) makes true, with a deadline.</summary>
public static class Eventually
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(20);

    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> isDone, string what, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var value = await probe();
            if (isDone(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting for {what}; last seen: {value}");
            }

            await Task.Delay(PollEvery);
        }
    }

    public static Task<T> UntilSeen<T>(Func<T> probe, Func<T, bool> isDone, string what, TimeSpan? within = null) =>
        Until(() => Task.FromResult(probe()), isDone, what, within);

    public static Task Until(Func<bool> condition, string what, TimeSpan? within = null) =>
        UntilSeen(condition, done => done, what, within);
}
