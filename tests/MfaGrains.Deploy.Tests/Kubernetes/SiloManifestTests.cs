using MfaGrains.Deploy.Tests.Support;

namespace MfaGrains.Deploy.Tests.Kubernetes;

/// <summary>The silo workload, its identity for Microsoft.Orleans.Hosting.Kubernetes, its RBAC and its budget.</summary>
public sealed class SiloManifestTests
{
    private static Manifest Silo => KubernetesManifests.Workload("silo");

    [Fact]
    public void Silos_run_as_a_deployment_or_stateful_set_of_three()
    {
        Assert.True(Silo.Kind is "Deployment" or "StatefulSet", $"The silos run as a {Silo.Kind}.");
        Assert.Equal("3", Silo.Root.Text("spec", "replicas"));
    }

    [Fact]
    public void Silo_pods_carry_the_orleans_labels_that_match_the_configured_ids()
    {
        var data = KubernetesManifests.ConfigMapData;

        Assert.Equal(data["Orleans__ServiceId"], Silo.PodLabels["orleans/serviceId"]);
        Assert.Equal(data["Orleans__ClusterId"], Silo.PodLabels["orleans/clusterId"]);
    }

    [Theory]
    [InlineData("POD_NAME", "metadata.name")]
    [InlineData("POD_NAMESPACE", "metadata.namespace")]
    [InlineData("POD_IP", "status.podIP")]
    [InlineData("ORLEANS_SERVICE_ID", "metadata.labels['orleans/serviceId']")]
    [InlineData("ORLEANS_CLUSTER_ID", "metadata.labels['orleans/clusterId']")]
    [InlineData("Orleans__AdvertisedIPAddress", "status.podIP")]
    public void Silo_pods_get_their_identity_from_the_downward_api(string variable, string field)
    {
        var environment = KubernetesManifests.Environment(Silo.Container);

        Assert.True(environment.ContainsKey(variable), $"The silo container does not set {variable}.");
        Assert.Equal(field, environment[variable].Text("valueFrom", "fieldRef", "fieldPath"));
    }

    [Fact]
    public void Silo_ports_are_the_configured_silo_and_gateway_ports()
    {
        var environment = KubernetesManifests.Environment(Silo.Container);
        var ports = Silo.Container.At("ports").Items().Select(port => port.Text("containerPort")).ToList();

        Assert.Equal("11111", environment["Orleans__SiloPort"].Text("value"));
        Assert.Equal("30000", environment["Orleans__GatewayPort"].Text("value"));
        Assert.Equal(["8080", "11111", "30000"], ports);
    }

    [Theory]
    [InlineData("readinessProbe", "/health/ready")]
    [InlineData("livenessProbe", "/health/live")]
    public void Silo_probes_ask_the_health_routes_on_port_8080(string probe, string path)
    {
        var node = Silo.Container.At(probe);

        Assert.NotNull(node);
        Assert.Equal(path, node.Text("httpGet", "path"));
        Assert.Equal(8080, KubernetesManifests.ProbePort(Silo.Container, node));
    }

    [Fact]
    public void Silo_role_allows_exactly_get_list_watch_and_patch_on_pods()
    {
        var role = KubernetesManifests.Single("Role", "mfagrains-silo");
        var rule = Assert.Single(role.Root.At("rules").Items());

        Assert.Equal([""], rule.At("apiGroups").Items().Select(item => item.Text()));
        Assert.Equal(["pods"], rule.At("resources").Items().Select(item => item.Text()));
        Assert.Equal(["get", "list", "patch", "watch"], rule.At("verbs").Items().Select(item => item.Text()!).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(KubernetesManifests.All, manifest => manifest.Kind is "ClusterRole" or "ClusterRoleBinding");
    }

    [Fact]
    public void Silo_pods_run_under_the_service_account_bound_to_that_role()
    {
        var account = Silo.PodSpec.Text("serviceAccountName");
        var binding = KubernetesManifests.Single("RoleBinding", "mfagrains-silo");
        var subject = Assert.Single(binding.Root.At("subjects").Items());

        Assert.Equal("mfagrains-silo", account);
        Assert.NotNull(KubernetesManifests.Single("ServiceAccount", "mfagrains-silo"));
        Assert.Equal(("ServiceAccount", account), (subject.Text("kind"), subject.Text("name")));
        Assert.Equal(("Role", "mfagrains-silo"), (binding.Root.Text("roleRef", "kind"), binding.Root.Text("roleRef", "name")));
    }

    [Fact]
    public void Silo_disruption_budget_lets_one_silo_go_at_a_time()
    {
        var budget = KubernetesManifests.Single("PodDisruptionBudget", "mfagrains-silo");

        Assert.Equal("1", budget.Root.Text("spec", "maxUnavailable"));
        Assert.All(budget.Root.At("spec", "selector", "matchLabels").Pairs(), label => Assert.Equal(label.Value, Silo.PodLabels[label.Key]));
    }

    [Fact]
    public void Only_silos_reach_the_silo_port_and_only_silos_and_api_pods_the_gateway()
    {
        var policy = KubernetesManifests.Single("NetworkPolicy", "mfagrains-silo");
        var rules = policy.Root.At("spec", "ingress").Items()
            .SelectMany(rule => rule.At("ports").Items().Select(port => (
                Port: port.Text("port"),
                From: rule.At("from").Items().Select(peer => peer.Text("podSelector", "matchLabels", "app.kubernetes.io/component") ?? "?").ToList())))
            .ToList();

        Assert.All(policy.Root.At("spec", "podSelector", "matchLabels").Pairs(), label => Assert.Equal(label.Value, Silo.PodLabels[label.Key]));
        Assert.Equal(["silo"], rules.Where(rule => rule.Port == "11111").SelectMany(rule => rule.From));
        Assert.Equal(["api", "silo"], rules.Where(rule => rule.Port == "30000").SelectMany(rule => rule.From).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(rules, rule => rule.Port is "11111" or "30000" && rule.From.Count == 0);
    }
}
