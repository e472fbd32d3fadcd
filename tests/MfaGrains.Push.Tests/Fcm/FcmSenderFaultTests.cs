using System.Net;
using System.Net.Sockets;
using MfaGrains.Push.Fcm;
using MfaGrains.Push.Sending;

namespace MfaGrains.Push.Tests.Fcm;

public sealed class FcmSenderFaultTests : IAsyncLifetime
{
    private FcmTestHost _host = null!;

    public async Task InitializeAsync() => _host = await FcmTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(FcmFault.Unregistered, 404, "UNREGISTERED")]
    [InlineData(FcmFault.SenderIdMismatch, 403, "SENDER_ID_MISMATCH")]
    [InlineData(FcmFault.InvalidToken, 400, "INVALID_ARGUMENT")]
    public async Task Dead_registration_token_is_dropped(FcmFault fault, int status, string reason)
    {
        _host.Fake.Script("fcm-token-dead", fault);

        var result = await _host.SendAsync(_host.Message("fcm-token-dead", TimeSpan.FromMinutes(2)));

        Assert.Equal(new PushResult(PushOutcome.DropToken, status, reason, null, null), result);
        Assert.Empty(_host.Fake.Violations);
    }

    [Fact]
    public async Task Quota_exceeded_is_retryable_after_the_given_delta_seconds()
    {
        _host.Fake.Script("fcm-token-busy", FcmFault.QuotaExceeded, retryAfter: "17");

        var result = await _host.SendAsync(_host.Message("fcm-token-busy", TimeSpan.FromMinutes(2)));

        Assert.Equal(new PushResult(PushOutcome.Retryable, 429, "QUOTA_EXCEEDED", null, TimeSpan.FromSeconds(17)), result);
    }

    [Fact]
    public async Task Unavailable_is_retryable_after_the_given_http_date()
    {
        var retryAt = _host.Time.GetUtcNow().AddSeconds(30);
        _host.Fake.Script("fcm-token-busy", FcmFault.Unavailable, retryAfter: retryAt.ToString("R"));

        var result = await _host.SendAsync(_host.Message("fcm-token-busy", TimeSpan.FromMinutes(2)));

        Assert.Equal(new PushResult(PushOutcome.Retryable, 503, "UNAVAILABLE", null, TimeSpan.FromSeconds(30)), result);
    }

    [Fact]
    public async Task Internal_error_is_retryable_without_a_delay()
    {
        _host.Fake.Script("fcm-token-busy", FcmFault.Internal);

        var result = await _host.SendAsync(_host.Message("fcm-token-busy", TimeSpan.FromMinutes(2)));

        Assert.Equal(new PushResult(PushOutcome.Retryable, 500, "INTERNAL", null, null), result);
    }

    [Fact]
    public async Task Unreachable_fcm_is_retryable()
    {
        await using var host = await FcmTestHost.StartAsync(fcmBaseUrl: ClosedPort());

        var result = await host.SendAsync(host.Message("fcm-token-ok", TimeSpan.FromMinutes(2)));

        Assert.Equal(new PushResult(PushOutcome.Retryable, null, FcmSender.TransportReason, null, null), result);
        Assert.Equal(1, host.Fake.TokenRequests);
    }

    [Fact]
    public async Task Unreachable_token_endpoint_is_retryable_and_nothing_is_sent()
    {
        await using var host = await FcmTestHost.StartAsync(tokenUri: new Uri(ClosedPort(), "/token"));

        var result = await host.SendAsync(host.Message("fcm-token-ok", TimeSpan.FromMinutes(2)));

        Assert.Equal(new PushResult(PushOutcome.Retryable, null, FcmSender.AccessTokenUnavailableReason, null, null), result);
        Assert.Equal(0, host.Fake.SendRequests);
    }

    [Fact]
    public async Task Token_endpoint_refusing_the_key_is_fatal_and_nothing_is_sent()
    {
        using var stranger = new TestServiceAccount();
        await using var strictAboutAnotherKey = await FakeFcmServer.StartAsync(FakeFcmIdentity.Of(stranger));
        await using var host = await FcmTestHost.StartAsync(tokenUri: strictAboutAnotherKey.TokenUri);

        var result = await host.SendAsync(host.Message("fcm-token-ok", TimeSpan.FromMinutes(2)));

        Assert.Equal(new PushResult(PushOutcome.Fatal, null, "invalid_grant", null, null), result);
        Assert.Equal(1, strictAboutAnotherKey.TokenRequests);
        Assert.Equal(0, host.Fake.SendRequests);
    }

    /// <summary>A loopback port nothing listens on: bound by the OS, then released.</summary>
    private static Uri ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }
}
