using System.Diagnostics;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>Polls a condition that another process or silo must bring about, failing with a message that names what was awaited.</summary>
internal static class Eventually
{
    public static async Task<TimeSpan> HoldsAsync(Func<Task<bool>> condition, TimeSpan deadline, Func<Task<string>> describeFailure)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > deadline)
            {
                Assert.Fail($"{await describeFailure()} (waited {deadline.TotalSeconds:0} s)");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        return clock.Elapsed;
    }
}
