using System.Net;
using MfaGrains.Api.Tests.EndToEnd;

namespace MfaGrains.Operations.Tests.Dashboard;

/// <summary>The dashboard's own routes answer a silo address that does not parse with 400, not the parser's 500.</summary>
[Collection(DashboardCollection.Name)]
public sealed class SiloAddressRouteTests(DashboardEngineFixture engine)
{
    [Theory]
    [InlineData("/dashboard/SiloCounters/%G1")]
    [InlineData("/dashboard/HistoricalStats/%G1")]
    [InlineData("/dashboard/SiloMetadata/%G1")]
    [InlineData("/dashboard/SiloProperties/%G1")]
    [InlineData("/dashboard/SiloStats/not-an-address")]
    public async Task A_bad_silo_address_is_400(string path)
    {
        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "validation_failed", await engine.Operator.GetAsync(path));
    }

    [Fact]
    public async Task Asset_routes_with_a_path_are_not_taken_for_silo_addresses()
    {
        var response = await engine.Operator.GetAsync("/dashboard/img/%G1");

        Assert.NotEqual(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((int)response.StatusCode < 500);
    }
}
