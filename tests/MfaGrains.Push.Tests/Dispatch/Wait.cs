namespace MfaGrains.Push.Tests.Dispatch;

/// <summary>Awaits a condition with a deadline instead of sleeping; the failure names what was awaited.</summary>
internal static class Wait
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    // A short real pause rather than a yield: spinning would take a core from the dispatcher the test waits on.
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(5);

    public static async Task Until(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Deadline;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"{what}: not within {Deadline.TotalSeconds} s.");
            await Task.Delay(PollEvery);
        }
    }
}
