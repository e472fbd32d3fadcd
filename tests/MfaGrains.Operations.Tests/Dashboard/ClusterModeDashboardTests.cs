using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using MfaGrains.Api.Tests.EndToEnd;

namespace MfaGrains.Operations.Tests.Dashboard;

/// <summary>In cluster mode the silo host serves no dashboard, and an API that is only a client of the cluster serves it from the silos' data.</summary>
public sealed class ClusterModeDashboardTests
{
    [Fact]
    public async Task A_client_api_serves_the_dashboard_of_a_separate_silo_which_serves_none_itself()
    {
        var shared = new Dictionary<string, string?>
        {
            ["Orleans:ServiceId"] = "mfagrains-tests",
            ["Orleans:ClusterId"] = "tests-" + Guid.NewGuid().ToString("N"),
            ["Orleans:SiloPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["Mfa:Public:PublicBaseUrl"] = "https://mfa.example",
            ["Secrets:LookupKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Secrets:EncryptionKeys:k1"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Secrets:ActiveEncryptionKeyId"] = "k1",
        };
        // Disposed last, the API host also removes the directory that holds the silo's database.
        await using var api = OperationsEngine.Create(new Dictionary<string, string?>(shared) { ["Hosting:Role"] = "Client" });
        await using var silo = new SiloOnlyHost(new Dictionary<string, string?>(shared)
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(api.Directory, "mfagrains.db")}",
        });
        await silo.StartAsync();
        await api.StartAsync();
        using var siloHttp = new HttpClient { BaseAddress = silo.BaseAddress };
        using var apiHttp = api.OperatorClient();

        // The readiness probe calls a user grain through the gateway, so the silo has one to report.
        Assert.Equal(HttpStatusCode.OK, (await apiHttp.GetAsync("/health/ready")).StatusCode);
        var counters = await Eventually.Until(
            async () => await (await apiHttp.GetAsync("/dashboard/DashboardCounters")).Content.ReadAsStringAsync(),
            json => json.Contains("MfaGrains.Grains.Users.UserGrain", StringComparison.Ordinal),
            "the client API's dashboard to report the silo's user grain");

        Assert.Equal(1, JsonDocument.Parse(counters).RootElement.GetProperty("totalActiveHostCount").GetInt32());
        using var anonymous = api.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/dashboard/DashboardCounters")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await siloHttp.GetAsync("/dashboard/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await siloHttp.GetAsync("/health/live")).StatusCode);
    }
}
