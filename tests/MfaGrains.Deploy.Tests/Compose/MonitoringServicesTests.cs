using MfaGrains.Deploy.Tests.Support;

namespace MfaGrains.Deploy.Tests.Compose;

/// <summary>docker-compose.yml runs Prometheus and Grafana on the repository's deploy/prometheus and deploy/grafana, on loopback.</summary>
public sealed class MonitoringServicesTests
{
    [Fact]
    public void Prometheus_reads_its_config_and_alerts_from_deploy_prometheus()
    {
        var prometheus = ComposeFile.Service("prometheus");

        Assert.StartsWith("prom/prometheus:v", prometheus.Text("image"), StringComparison.Ordinal);
        Assert.Contains("./deploy/prometheus:/etc/prometheus:ro", prometheus.At("volumes").Items().Select(item => item.Text()));
        Assert.Equal(["127.0.0.1:9090:9090"], prometheus.At("ports").Items().Select(item => item.Text()));
    }

    [Fact]
    public void Grafana_is_provisioned_from_deploy_grafana()
    {
        var grafana = ComposeFile.Service("grafana");

        Assert.StartsWith("grafana/grafana:", grafana.Text("image"), StringComparison.Ordinal);
        Assert.Contains("./deploy/grafana/provisioning:/etc/grafana/provisioning:ro", grafana.At("volumes").Items().Select(item => item.Text()));
        Assert.Equal(["127.0.0.1:3000:3000"], grafana.At("ports").Items().Select(item => item.Text()));
    }
}
