using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MfaGrains.Api.Tests.EndToEnd;

namespace MfaGrains.Operations.Tests.Dashboard;

/// <summary>Outside Development the dashboard answers only an operator key: as a bearer token or as the password of HTTP Basic.</summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardAccessTests(DashboardEngineFixture engine)
{
    [Fact]
    public async Task Without_a_key_it_asks_for_basic_credentials_with_an_unauthenticated_problem()
    {
        var response = await engine.Http.GetAsync("/dashboard/");

        await TestPortal.ExpectProblem(HttpStatusCode.Unauthorized, "unauthenticated", response);
        Assert.Equal("Basic", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Theory]
    [InlineData("Bearer", EngineHost.PortalKey)]
    [InlineData("Bearer", OperationsEngine.OperatorKey + "x")]
    [InlineData("Basic", "b3BlcmF0b3I6d3Jvbmc=")]
    [InlineData("Basic", "not base64")]
    public async Task A_portal_key_or_a_wrong_key_is_refused(string scheme, string credential)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/DashboardCounters");
        request.Headers.Authorization = new AuthenticationHeaderValue(scheme, credential);

        await TestPortal.ExpectProblem(HttpStatusCode.Unauthorized, "unauthenticated", await engine.Http.SendAsync(request));
    }

    [Fact]
    public async Task The_operator_key_opens_it_as_a_bearer_token_or_a_basic_password()
    {
        var asBearer = await engine.Operator.GetAsync("/dashboard/");
        using var basic = new HttpRequestMessage(HttpMethod.Get, "/dashboard/DashboardCounters");
        basic.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("sre:" + OperationsEngine.OperatorKey)));
        var asBasic = await engine.Http.SendAsync(basic);

        Assert.Equal(HttpStatusCode.OK, asBearer.StatusCode);
        Assert.Equal("text/html", asBearer.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, asBasic.StatusCode);
        Assert.Contains("totalActivationCount", await asBasic.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_live_log_view_is_hidden_unless_configured()
    {
        var response = await engine.Operator.GetAsync("/dashboard/Trace");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_does_not_describe_the_dashboard()
    {
        var document = await (await engine.Http.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync();

        Assert.Contains("/v1/users/{userId}/challenges", document, StringComparison.Ordinal);
        Assert.DoesNotContain("/dashboard", document, StringComparison.OrdinalIgnoreCase);
    }
}
