using System.Diagnostics;
using MfaGrains.Cluster.Tests.Cluster;

namespace MfaGrains.Cluster.Tests;

public sealed class ProcessExitSignalTests
{
    [Fact]
    public async Task The_signal_stays_quiet_while_the_process_runs_and_fires_when_it_is_killed()
    {
        using var sleeper = Process.Start(new ProcessStartInfo("sleep", "60"))!;
        using var exited = ProcessExitSignal.Open(sleeper.Id);

        Assert.False(await exited.WaitAsync(TimeSpan.FromMilliseconds(100)));
        sleeper.Kill();

        Assert.True(await exited.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
