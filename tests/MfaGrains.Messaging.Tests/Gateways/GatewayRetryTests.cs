using System.Net;
using MfaGrains.Messaging.Gateways;
using Polly;
using Polly.Timeout;

namespace MfaGrains.Messaging.Tests.Gateways;

/// <summary>The retry rule on its own: only failures before the request left are safe to try again.</summary>
public sealed class GatewayRetryTests
{
    [Theory]
    [InlineData(HttpRequestError.NameResolutionError, true)]
    [InlineData(HttpRequestError.ConnectionError, true)]
    [InlineData(HttpRequestError.SecureConnectionError, true)]
    [InlineData(HttpRequestError.ProxyTunnelError, true)]
    [InlineData(HttpRequestError.ResponseEnded, false)]
    [InlineData(HttpRequestError.InvalidResponse, false)]
    [InlineData(HttpRequestError.HttpProtocolError, false)]
    [InlineData(HttpRequestError.Unknown, false)]
    public void Only_failures_before_sending_are_retried(HttpRequestError error, bool retried)
    {
        var outcome = Outcome.FromException<HttpResponseMessage>(new HttpRequestException(error, "test"));

        Assert.Equal(retried, GatewayRetry.IsSafeToRetry(outcome));
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    public void Answers_are_never_retried_since_the_gateway_may_have_sent_the_code(HttpStatusCode status)
    {
        using var response = new HttpResponseMessage(status);

        Assert.False(GatewayRetry.IsSafeToRetry(Outcome.FromResult(response)));
    }

    [Fact]
    public void Attempt_timeout_is_not_retried()
    {
        Assert.False(GatewayRetry.IsSafeToRetry(Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException())));
    }

    [Theory]
    [InlineData("https://api.notifications.service.gov.uk", true)]
    [InlineData("https://voice.example.nhs.uk/passcodes?tenant=a", true)]
    [InlineData("http://127.0.0.1:5000/passcodes", true)]
    [InlineData("http://localhost:5000", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("http://voice.example.nhs.uk/passcodes", false)]
    [InlineData("ftp://127.0.0.1/passcodes", false)]
    [InlineData("voice.example.nhs.uk/passcodes", false)]
    [InlineData("https://voice.example.nhs.uk/#x", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Passcodes_go_only_over_https_or_to_loopback(string? url, bool acceptable)
    {
        Assert.Equal(acceptable, GatewayUrl.IsAcceptable(url));
    }
}
