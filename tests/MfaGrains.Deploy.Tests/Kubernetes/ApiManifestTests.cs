using MfaGrains.Deploy.Tests.Support;

namespace MfaGrains.Deploy.Tests.Kubernetes;

/// <summary>The API workload: stateless Orleans clients behind a Service, probed on the health routes.</summary>
public sealed class ApiManifestTests
{
    private static Manifest Api => KubernetesManifests.Workload("api");

    [Fact]
    public void Api_runs_two_replicas_as_orleans_clients()
    {
        var environment = KubernetesManifests.Environment(Api.Container);

        Assert.Equal("Deployment", Api.Kind);
        Assert.Equal("2", Api.Root.Text("spec", "replicas"));
        Assert.Equal("Client", environment["Hosting__Role"].Text("value"));
    }

    [Fact]
    public void Api_pods_are_not_mistaken_for_silos()
    {
        Assert.DoesNotContain(Api.PodLabels.Keys, key => key.StartsWith("orleans/", StringComparison.Ordinal));
        Assert.Equal("false", Api.PodSpec.Text("automountServiceAccountToken"));
    }

    [Theory]
    [InlineData("readinessProbe", "/health/ready")]
    [InlineData("livenessProbe", "/health/live")]
    public void Api_probes_ask_the_health_routes_on_port_8080(string probe, string path)
    {
        var node = Api.Container.At(probe);

        Assert.NotNull(node);
        Assert.Equal(path, node.Text("httpGet", "path"));
        Assert.Equal(8080, KubernetesManifests.ProbePort(Api.Container, node));
    }

    [Fact]
    public void Api_service_sends_its_traffic_to_the_api_pods_on_8080()
    {
        var service = KubernetesManifests.Single("Service", "mfagrains-api");
        var port = Assert.Single(service.Root.At("spec", "ports").Items());
        var target = Api.Container.At("ports").Items().Single(item => item.Text("name") == port.Text("targetPort"));

        Assert.All(service.Root.At("spec", "selector").Pairs(), label => Assert.Equal(label.Value, Api.PodLabels[label.Key]));
        Assert.Equal("8080", target.Text("containerPort"));
    }

    [Fact]
    public void Api_disruption_budget_keeps_one_instance_serving()
    {
        var budget = KubernetesManifests.Single("PodDisruptionBudget", "mfagrains-api");

        Assert.Equal("1", budget.Root.Text("spec", "maxUnavailable"));
        Assert.All(budget.Root.At("spec", "selector", "matchLabels").Pairs(), label => Assert.Equal(label.Value, Api.PodLabels[label.Key]));
    }
}
