namespace MfaGrains.Push.Tests.Apns;

/// <summary>Awaits with a deadline instead of sleeping, failing with a message that names what was awaited.</summary>
internal static class Deadline
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(15);

    public static async Task<T> Within<T>(Task<T> task, string what)
    {
        try
        {
            return await task.WaitAsync(Default);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{what} did not finish within {Default.TotalSeconds} s.", e);
        }
    }
}
