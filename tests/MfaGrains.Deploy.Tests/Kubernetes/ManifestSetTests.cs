using MfaGrains.Deploy.Tests.Support;

namespace MfaGrains.Deploy.Tests.Kubernetes;

/// <summary>deploy/k8s as a whole: every file parses, every object is named and namespaced, kustomize sees them all.</summary>
public sealed class ManifestSetTests
{
    private static readonly string[] ClusterScopedKinds = ["Namespace", "ClusterRole", "ClusterRoleBinding"];

    public static TheoryData<string> Files => new(KubernetesManifests.FileNames);

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_file_parses_as_YAML_objects_with_an_api_version_kind_and_name(string file)
    {
        var documents = YamlFile.Load(Path.Combine(KubernetesManifests.Folder, file));

        Assert.NotEmpty(documents);
        foreach (var document in documents)
        {
            Assert.False(string.IsNullOrEmpty(document.Text("apiVersion")), $"{file}: a document has no apiVersion.");
            Assert.False(string.IsNullOrEmpty(document.Text("kind")), $"{file}: a document has no kind.");
            if (document.Text("kind") != "Kustomization")
            {
                Assert.False(string.IsNullOrEmpty(document.Text("metadata", "name")), $"{file}: a {document.Text("kind")} has no name.");
            }
        }
    }

    [Fact]
    public void Every_namespaced_object_is_in_the_mfagrains_namespace()
    {
        var objects = KubernetesManifests.All.Where(manifest => manifest.Kind is not "Kustomization" && !ClusterScopedKinds.Contains(manifest.Kind));

        Assert.All(objects, manifest => Assert.True(
            manifest.Root.Text("metadata", "namespace") == KubernetesManifests.Namespace, $"{manifest} is not in {KubernetesManifests.Namespace}."));
        Assert.Equal(KubernetesManifests.Namespace, KubernetesManifests.Single("Namespace", KubernetesManifests.Namespace).Name);
    }

    [Fact]
    public void Kustomization_lists_every_manifest_except_the_secret_template()
    {
        var kustomization = Assert.Single(KubernetesManifests.All, manifest => manifest.Kind == "Kustomization");
        var listed = kustomization.Root.At("resources").Items().Select(item => item.Text()!).Order(StringComparer.Ordinal);

        var expected = KubernetesManifests.FileNames.Where(file => file is not "kustomization.yaml" and not "secret.yaml");
        Assert.Equal(expected, listed);
    }

    [Fact]
    public void Secret_template_holds_every_secret_setting_as_a_placeholder_that_fails_validation()
    {
        var secret = KubernetesManifests.Single("Secret", "mfagrains-secrets");
        var data = secret.Root.At("stringData").Pairs();

        Assert.Equal(
            ["ConnectionStrings__mfa", "Secrets__ActiveEncryptionKeyId", "Secrets__EncryptionKeys__k1", "Secrets__LookupKey"],
            data.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("Password=REPLACE-ME", data["ConnectionStrings__mfa"], StringComparison.Ordinal);
        Assert.Equal("REPLACE-ME", data["Secrets__LookupKey"]);
        Assert.Equal("REPLACE-ME", data["Secrets__EncryptionKeys__k1"]);
        Assert.Equal("k1", data["Secrets__ActiveEncryptionKeyId"]);
    }

    [Fact]
    public void Config_map_fixes_the_service_id_and_names_postgresql_storage()
    {
        var data = KubernetesManifests.ConfigMapData;

        Assert.Equal("mfagrains", data["Orleans__ServiceId"]);
        Assert.Equal("mfagrains", data["Orleans__ClusterId"]);
        Assert.Equal("PostgreSql", data["Storage__Provider"]);
        Assert.DoesNotContain(data.Keys, key => key.StartsWith("Secrets__", StringComparison.Ordinal) || key.StartsWith("ConnectionStrings__", StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_job_applies_the_schema_with_the_connection_string_from_the_secret()
    {
        var job = KubernetesManifests.Single("Job", "mfagrains-schema");
        var environment = KubernetesManifests.Environment(job.Container);

        Assert.Equal("mfagrains-secrets", environment["ConnectionStrings__mfa"].Text("valueFrom", "secretKeyRef", "name"));
        Assert.Equal("ConnectionStrings__mfa", environment["ConnectionStrings__mfa"].Text("valueFrom", "secretKeyRef", "key"));
        Assert.Equal("Never", job.PodSpec.Text("restartPolicy"));
        Assert.Equal("mfagrains-schema", job.Container.Text("image"));
    }

    [Fact]
    public void Every_workload_reads_only_the_config_map_and_secret_that_are_defined()
    {
        var workloads = KubernetesManifests.All.Where(manifest => manifest.Kind is "Deployment" or "StatefulSet");

        Assert.All(workloads, workload =>
        {
            var sources = workload.Container.At("envFrom").Items().ToList();
            Assert.Contains(sources, source => source.Text("configMapRef", "name") == "mfagrains-config");
            Assert.Contains(sources, source => source.Text("secretRef", "name") == "mfagrains-secrets");
            Assert.Equal(2, sources.Count);
        });
    }
}
