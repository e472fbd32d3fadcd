using MfaGrains.Load.Cli;

namespace MfaGrains.Load.Tests;

public sealed class EngineRestartTests
{
    [Fact]
    public async Task A_command_that_exits_0_is_a_restart()
    {
        var marker = Path.Combine(Path.GetTempPath(), $"restart-{Guid.NewGuid():N}");

        await EngineRestart.RunAsync($"touch '{marker}'", TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.True(File.Exists(marker));
        File.Delete(marker);
    }

    [Fact]
    public async Task A_command_that_fails_stops_the_run_with_its_exit_code()
    {
        var failed = await Assert.ThrowsAsync<InvalidOperationException>(() => EngineRestart.RunAsync("exit 3", TimeSpan.FromMinutes(1), CancellationToken.None));

        Assert.Contains("exited with 3", failed.Message);
    }
}
