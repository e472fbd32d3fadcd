using MfaGrains.Deploy.Tests.Support;

namespace MfaGrains.Deploy.Tests.Monitoring;

/// <summary>Prometheus' own promtool (Debian's prometheus package) accepts the config and rules, and the rules pass their unit tests.</summary>
public sealed class PromtoolTests
{
    [Fact]
    public async Task Promtool_accepts_the_config_and_its_rules()
    {
        var (exitCode, output) = await ExternalTool.RunAsync(Promtool, "check", "config", MonitoringFiles.PrometheusConfigPath);

        Assert.True(exitCode == 0, $"promtool check config failed (exit {exitCode}):\n{output}");
    }

    [Fact]
    public async Task Alert_rules_fire_on_the_synthetic_surges_of_their_unit_tests()
    {
        var (exitCode, output) = await ExternalTool.RunAsync(Promtool, "test", "rules", MonitoringFiles.AlertTestsPath);

        Assert.True(exitCode == 0, $"promtool test rules failed (exit {exitCode}):\n{output}");
    }

    private static string Promtool => ExternalTool.Require("promtool", "prometheus");
}
