using System.Text.Json;
using MfaGrains.Deploy.Tests.Compose;
using MfaGrains.Deploy.Tests.Support;

namespace MfaGrains.Deploy.Tests.Monitoring;

/// <summary>deploy/grafana: the Prometheus data source of docker-compose.yml and a surge dashboard whose every query uses it.</summary>
public sealed class GrafanaProvisioningTests
{
    private static readonly YamlDotNet.RepresentationModel.YamlNode DataSource =
        Assert.Single(MonitoringFiles.GrafanaDataSources.At("datasources").Items());

    [Fact]
    public void The_data_source_is_the_compose_prometheus()
    {
        Assert.Equal("prometheus", DataSource.Text("type"));
        Assert.Equal("http://prometheus:9090", DataSource.Text("url"));
        Assert.NotNull(ComposeFile.Service("prometheus"));
    }

    [Fact]
    public void Dashboards_are_loaded_from_the_folder_compose_mounts()
    {
        var provider = Assert.Single(MonitoringFiles.GrafanaDashboardProviders.At("providers").Items());
        var path = provider.Text("options", "path");

        Assert.Contains($"./deploy/grafana/dashboards:{path}:ro", ComposeFile.Service("grafana").At("volumes").Items().Select(item => item.Text()));
        Assert.NotEmpty(MonitoringFiles.DashboardPaths);
    }

    [Fact]
    public void Every_panel_and_query_uses_the_provisioned_data_source()
    {
        var uid = DataSource.Text("uid");
        Assert.All(MonitoringFiles.DashboardPaths, path => Assert.All(Panels(MonitoringFiles.Dashboard(path)), panel =>
        {
            Assert.Equal(uid, panel.GetProperty("datasource").GetProperty("uid").GetString());
            var targets = panel.GetProperty("targets").EnumerateArray().ToList();
            Assert.NotEmpty(targets);
            Assert.All(targets, target =>
            {
                Assert.Equal(uid, target.GetProperty("datasource").GetProperty("uid").GetString());
                Assert.False(string.IsNullOrWhiteSpace(target.GetProperty("expr").GetString()));
            });
        }));
    }

    [Theory]
    [InlineData("mfagrains_challenges_issued_total")]
    [InlineData("mfagrains_challenges_resolved_total")]
    [InlineData("mfagrains_challenge_answer_duration_seconds_bucket")]
    [InlineData("mfagrains_challenges_pending")]
    [InlineData("mfagrains_push_deliveries_total")]
    [InlineData("orleans_directory_ring_size")]
    [InlineData("http_server_request_duration_seconds_count")]
    [InlineData("http_server_request_duration_seconds_bucket")]
    public void The_surge_dashboard_charts(string series)
    {
        var dashboard = MonitoringFiles.Dashboard(RepositoryRoot.Combine("deploy", "grafana", "dashboards", "mfagrains-surge.json"));

        Assert.Contains(series, Panels(dashboard).SelectMany(Expressions).SelectMany(MonitoringFiles.SeriesNames));
    }

    [Fact]
    public void Every_series_a_dashboard_reads_is_explained_in_the_operations_guide()
    {
        var operations = File.ReadAllText(RepositoryRoot.Combine("docs", "operations.md"));
        var series = MonitoringFiles.DashboardPaths.SelectMany(path => Panels(MonitoringFiles.Dashboard(path)))
            .SelectMany(Expressions).SelectMany(MonitoringFiles.SeriesNames).Where(name => name != "up");

        Assert.All(series, name => Assert.Contains(AlertRulesTests.BaseName(name), operations, StringComparison.Ordinal));
    }

    private static IEnumerable<JsonElement> Panels(JsonElement dashboard) =>
        dashboard.GetProperty("panels").EnumerateArray().Where(panel => panel.GetProperty("type").GetString() != "row");

    private static IEnumerable<string> Expressions(JsonElement panel) =>
        panel.GetProperty("targets").EnumerateArray().Select(target => target.GetProperty("expr").GetString() ?? "");
}
