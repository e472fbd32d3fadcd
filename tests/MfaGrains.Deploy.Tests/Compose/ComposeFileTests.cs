using MfaGrains.Deploy.Tests.Support;

namespace MfaGrains.Deploy.Tests.Compose;

/// <summary>docker-compose.yml describes the cluster: PostgreSQL, the schema step, 3 silos, 2 API clients, a proxy, Prometheus and Grafana.</summary>
public sealed class ComposeFileTests
{
    private static readonly string[] Silos = ["silo-1", "silo-2", "silo-3"];
    private static readonly string[] Apis = ["api-1", "api-2"];

    [Fact]
    public void Compose_file_describes_the_cluster_topology()
    {
        Assert.Equal(
            ["api-1", "api-2", "grafana", "postgres", "prometheus", "proxy", "schema", "silo-1", "silo-2", "silo-3"],
            ComposeFile.Root.At("services").Keys().Order(StringComparer.Ordinal));
        Assert.StartsWith("3.", ComposeFile.Root.Text("version"), StringComparison.Ordinal);
    }

    [Fact]
    public void Silos_start_only_once_the_schema_step_has_completed()
    {
        Assert.All(Silos, silo =>
        {
            Assert.Equal("service_completed_successfully", ComposeFile.Service(silo).Text("depends_on", "schema", "condition"));
            Assert.Equal("service_healthy", ComposeFile.Service(silo).Text("depends_on", "postgres", "condition"));
        });
        Assert.Equal("service_healthy", ComposeFile.Service("schema").Text("depends_on", "postgres", "condition"));
    }

    [Fact]
    public void Schema_step_runs_apply_sh_from_the_mounted_sql_folder()
    {
        var schema = ComposeFile.Service("schema");

        Assert.Equal("postgres:15", schema.Text("image"));
        Assert.Contains("./deploy/sql/postgresql:/schema:ro", schema.At("volumes").Items().Select(item => item.Text()));
        Assert.Contains("/schema/apply.sh", schema.At("entrypoint").Items().Select(item => item.Text()));
        Assert.Equal(ComposeFile.Environment("silo-1")["ConnectionStrings__mfa"], ComposeFile.Environment("schema")["ConnectionStrings__mfa"]);
    }

    [Fact]
    public void Silos_have_distinct_hostnames_and_advertise_their_container_address()
    {
        Assert.Equal(Silos, Silos.Select(silo => ComposeFile.Service(silo).Text("hostname")));
        Assert.All(ComposeFile.Root.At("services").Keys(), service =>
            Assert.DoesNotContain("Orleans__AdvertisedIPAddress", ComposeFile.Environment(service).Keys));
        Assert.All(Silos, silo =>
        {
            Assert.Equal("11111", ComposeFile.Environment(silo)["Orleans__SiloPort"]);
            Assert.Equal("30000", ComposeFile.Environment(silo)["Orleans__GatewayPort"]);
        });
    }

    [Fact]
    public void Api_instances_are_orleans_clients_that_wait_for_healthy_silos()
    {
        Assert.All(Apis, api =>
        {
            var environment = ComposeFile.Environment(api);
            Assert.Equal("Client", environment["Hosting__Role"]);
            Assert.DoesNotContain("Orleans__SiloPort", environment.Keys);
            Assert.All(Silos, silo => Assert.Equal("service_healthy", ComposeFile.Service(api).Text("depends_on", silo, "condition")));
        });
    }

    [Fact]
    public void Every_orleans_process_shares_one_service_cluster_database_and_key_set()
    {
        string[] shared = ["Storage__Provider", "ConnectionStrings__mfa", "Orleans__ServiceId", "Orleans__ClusterId",
            "Secrets__LookupKey", "Secrets__EncryptionKeys__k1", "Secrets__ActiveEncryptionKeyId"];
        var reference = ComposeFile.Environment("silo-1");

        Assert.Equal("PostgreSql", reference["Storage__Provider"]);
        Assert.Equal("mfagrains", reference["Orleans__ServiceId"]);
        Assert.All(Silos.Concat(Apis), service => Assert.All(shared, key => Assert.Equal(reference[key], ComposeFile.Environment(service)[key])));
    }

    [Fact]
    public void Silos_and_apis_are_health_checked_on_the_ready_route()
    {
        Assert.All(Silos.Concat(Apis), service =>
        {
            var test = string.Join(' ', ComposeFile.Service(service).At("healthcheck", "test").Items().Select(item => item.Text()));
            Assert.Contains("GET /health/ready", test, StringComparison.Ordinal);
            Assert.Contains("/dev/tcp/127.0.0.1/8080", test, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Proxy_publishes_port_5080_with_the_round_robin_config_after_both_apis_are_healthy()
    {
        var proxy = ComposeFile.Service("proxy");

        Assert.Equal(["5080:80"], proxy.At("ports").Items().Select(item => item.Text()));
        Assert.Contains("./deploy/nginx/nginx.conf:/etc/nginx/nginx.conf:ro", proxy.At("volumes").Items().Select(item => item.Text()));
        Assert.All(Apis, api => Assert.Equal("service_healthy", proxy.Text("depends_on", api, "condition")));
    }
}
