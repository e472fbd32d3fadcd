namespace MfaGrains.Grains.Tests.Cluster;

/// <summary>Awaits with a deadline whose timeout message names the grain and the phase that hung.</summary>
internal static class Deadline
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(10);

    public static async Task<T> Within<T>(this Task<T> task, string what)
    {
        try
        {
            return await task.WaitAsync(Default);
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{what}: no answer within {Default.TotalSeconds:0} s.", timeout);
        }
    }

    public static async Task Within(this Task task, string what)
    {
        try
        {
            await task.WaitAsync(Default);
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{what}: not done within {Default.TotalSeconds:0} s.", timeout);
        }
    }

    /// <summary>Polls <paramref name="probe"/> until <paramref name="isDone"/> holds, for what another grain does in its own time (a stream delivery).</summary>
    public static Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> isDone, string what) => Eventually.Until(probe, isDone, what, Default);
}
