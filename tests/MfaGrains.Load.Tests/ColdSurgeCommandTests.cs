using MfaGrains.Load.Cli;
using MfaGrains.Load.Users;

namespace MfaGrains.Load.Tests;

public sealed class ColdSurgeCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("cold-surge-").FullName;

    [Fact]
    public async Task Too_few_users_for_the_plan_is_refused_before_the_restart_with_exit_code_2()
    {
        var users = await UsersFileWith(3);
        var marker = Path.Combine(folder, "restarted");

        // 1/s for 2 s, then a ramp to 2/s over 2 s: 2 + 3 = 5 arrivals, more than 3 users.
        var exit = await RunAsync(
            "cold-surge", "--target", "http://127.0.0.1:9", "--portal-key", "k", "--users", users, "--rate", "2", "--night-rate", "1",
            "--night", "2s", "--ramp-up", "2s", "--hold", "0", "--ramp-down", "0", "--restart", $"touch '{marker}'");

        Assert.Equal(CommandGuard.SetupFailed, exit);
        Assert.False(File.Exists(marker), "the engine must not be restarted for a run that cannot start");
    }

    [Fact]
    public async Task A_night_rate_above_the_peak_is_a_usage_error()
    {
        var users = await UsersFileWith(3);

        var exit = await RunAsync("surge", "--target", "http://127.0.0.1:9", "--portal-key", "k", "--users", users, "--rate", "2", "--night-rate", "3");

        Assert.Equal(CommandGuard.SetupFailed, exit);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static Task<int> RunAsync(params string[] args) => LoadCommandLine.Create(args).Parse(args).InvokeAsync();

    private async Task<string> UsersFileWith(int count)
    {
        var path = Path.Combine(folder, "users.json");
        var users = Enumerable.Range(0, count).Select(i => new SeededUser($"u{i}@test", $"dev_{i}", "unused")).ToList();
        await new UsersFile("http://127.0.0.1:9", DateTimeOffset.UnixEpoch, users).SaveAsync(path, CancellationToken.None);
        return path;
    }
}
