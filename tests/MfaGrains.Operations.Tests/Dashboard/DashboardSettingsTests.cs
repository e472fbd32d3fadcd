using System.Net;
using System.Security.Cryptography;
using MfaGrains.Api.Operations;
using MfaGrains.Api.Portal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MfaGrains.Operations.Tests.Dashboard;

/// <summary><c>Operations:Dashboard</c> and <c>Operations:Keys</c>: switching the dashboard off or open, and refusing bad keys at start-up.</summary>
public sealed class DashboardSettingsTests
{
    [Fact]
    public async Task Disabled_it_is_not_served_and_the_api_carries_on()
    {
        await using var host = OperationsEngine.Create(new Dictionary<string, string?> { ["Operations:Dashboard:Enabled"] = "false" });
        await host.StartAsync();
        using var http = host.OperatorClient();

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/dashboard/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Without_required_authorization_it_is_open_and_shows_the_trace_when_asked()
    {
        await using var host = OperationsEngine.Create(new Dictionary<string, string?>
        {
            ["Operations:Dashboard:RequireAuthorization"] = "false",
            ["Operations:Dashboard:ShowTrace"] = "true",
        });
        await host.StartAsync();
        using var http = host.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/dashboard/DashboardCounters")).StatusCode);
        using var trace = await http.GetAsync("/dashboard/Trace", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, trace.StatusCode);
    }

    [Theory]
    [InlineData("SRE", "not-a-hash", "Operations:Keys:0:KeyHash must be the hex SHA-256")]
    [InlineData("SRE", null, "Operations:Keys:0:KeyHash is also a portal's key")]
    [InlineData("", "b7a3c1d2e4f5061728394a5b6c7d8e9fa0b1c2d3e4f5061728394a5b6c7d8e9f", "Operations:Keys:0:Name is required")]
    public void A_bad_operator_key_is_refused_by_start_up_validation(string name, string? keyHash, string message)
    {
        var portalHash = Convert.ToHexStringLower(SHA256.HashData("test-portal-key"u8));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Portal:Clients:0:Name"] = "Portal",
            ["Portal:Clients:0:KeyHash"] = portalHash,
            ["Operations:Keys:0:Name"] = name,
            ["Operations:Keys:0:KeyHash"] = keyHash ?? portalHash,
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddPortalAuthentication(configuration).AddOperatorAuthentication(configuration).BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<OperatorKeysOptions>>().Value);

        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(portalHash, failure.Message, StringComparison.Ordinal);
    }
}
