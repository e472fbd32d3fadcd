using MfaGrains.Deploy.Tests.Compose;
using MfaGrains.Deploy.Tests.Support;

namespace MfaGrains.Deploy.Tests.Monitoring;

/// <summary>deploy/prometheus/prometheus.yml scrapes every silo and API of docker-compose.yml at /metrics and loads the alerts.</summary>
public sealed class PrometheusConfigTests
{
    [Theory]
    [InlineData(MonitoringFiles.SiloJob, "silo-")]
    [InlineData(MonitoringFiles.ApiJob, "api-")]
    public void Each_job_scrapes_every_compose_instance_of_its_role_on_the_http_port(string job, string servicePrefix)
    {
        var instances = ComposeFile.Root.At("services").Keys().Where(name => name.StartsWith(servicePrefix, StringComparison.Ordinal));

        Assert.Equal(instances.Select(name => name + ":8080").Order(StringComparer.Ordinal), MonitoringFiles.Targets(job).Order(StringComparer.Ordinal));
        var scrape = MonitoringFiles.PrometheusConfig.At("scrape_configs").Items().Single(s => s.Text("job_name") == job);
        Assert.Equal("/metrics", scrape.Text("metrics_path"));
    }

    [Fact]
    public void The_alert_rules_are_loaded()
    {
        Assert.Equal(["alerts.yml"], MonitoringFiles.PrometheusConfig.At("rule_files").Items().Select(item => item.Text()));
    }
}
