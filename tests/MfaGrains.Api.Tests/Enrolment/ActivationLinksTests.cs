using MfaGrains.Api.Enrolment;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace MfaGrains.Api.Tests.Enrolment;

public sealed class ActivationLinksTests
{
    [Fact]
    public void A_configured_public_base_url_wins_over_the_request()
    {
        var links = new ActivationLinks(Options.Create(new PublicEndpointOptions { PublicBaseUrl = "https://mfa.example/" }));

        Assert.Equal("https://mfa.example/v1/devices", links.ActivationUrl(Request("http", "10.0.0.7:8080")));
        Assert.Equal(
            "mfagrains://activate?code=622796292&url=https%3A%2F%2Fmfa.example%2Fv1%2Fdevices",
            links.QrPayload("622796292", Request("http", "10.0.0.7:8080")));
    }

    [Fact]
    public void Unset_it_is_the_address_the_request_came_to()
    {
        var links = new ActivationLinks(Options.Create(new PublicEndpointOptions()));

        Assert.Equal("http://127.0.0.1:8080/v1/devices", links.ActivationUrl(Request("http", "127.0.0.1:8080")));
        Assert.Equal("https://mfa.test/base/v1/devices", links.ActivationUrl(Request("https", "mfa.test", "/base")));
    }

    [Theory]
    [InlineData("Development", null, true)]
    [InlineData("Production", null, false)]
    [InlineData("Staging", " ", false)]
    [InlineData("Production", "https://mfa.example", true)]
    public void It_is_required_outside_development(string environment, string? configured, bool valid)
    {
        var validator = new PublicEndpointOptionsValidator(new HostingEnvironment { EnvironmentName = environment });

        var result = validator.Validate(null, new PublicEndpointOptions { PublicBaseUrl = configured });

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Contains("Mfa:Public:PublicBaseUrl", result.FailureMessage, StringComparison.Ordinal);
        }
    }

    private static HttpRequest Request(string scheme, string host, string pathBase = "")
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = scheme;
        context.Request.Host = new HostString(host);
        context.Request.PathBase = pathBase;
        return context.Request;
    }
}
