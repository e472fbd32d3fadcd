using System.Text.Json;
using MfaGrains.Push.Fcm;
using MfaGrains.Push.Sending;

namespace MfaGrains.Push.Tests.Fcm;

public sealed class FcmSenderTests : IAsyncLifetime
{
    private FcmTestHost _host = null!;

    public async Task InitializeAsync() => _host = await FcmTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Send_posts_a_data_only_high_priority_message_with_the_remaining_lifetime_as_ttl()
    {
        var message = _host.Message("fcm-token-ok", TimeSpan.FromSeconds(57.9));

        var result = await _host.SendAsync(message);

        Assert.Empty(_host.Fake.Violations);
        Assert.Equal(PushOutcome.Delivered, result.Outcome);
        Assert.Equal(200, result.StatusCode);
        Assert.Equal("projects/mfa-grains-test/messages/0:1", result.MessageId);
        var received = Assert.Single(_host.Fake.Received);
        Assert.Equal("mfa-grains-test", received.ProjectId);
        // An http:// base URL falls back to plain HTTP/1.1 (RequestVersionOrLower); https gets HTTP/2 by ALPN.
        Assert.Equal("HTTP/1.1", received.Protocol);
        Assert.Equal(
            """{"message":{"token":"fcm-token-ok","data":{"type":"mfaChallenge","challengeId":"chl_01J9ZKQ4","deviceId":"dev_7QX2"},"android":{"priority":"high","ttl":"57s"}}}""",
            received.Body);
    }

    [Theory]
    [InlineData(120.0, "120s")]
    [InlineData(1.0, "1s")]
    [InlineData(0.4, "0s")]
    public async Task Ttl_is_the_remaining_lifetime_in_whole_seconds_rounded_down(double lifetimeSeconds, string expectedTtl)
    {
        var result = await _host.SendAsync(_host.Message("fcm-token-ok", TimeSpan.FromSeconds(lifetimeSeconds)));

        Assert.Equal(PushOutcome.Delivered, result.Outcome);
        Assert.Equal(expectedTtl, Ttl(Assert.Single(_host.Fake.Received).Body));
    }

    [Fact]
    public async Task Ttl_follows_the_clock_between_sends()
    {
        var message = _host.Message("fcm-token-ok", TimeSpan.FromSeconds(90));
        await _host.SendAsync(message);
        _host.Time.Advance(TimeSpan.FromSeconds(30));

        await _host.SendAsync(message);

        Assert.Equal(["90s", "60s"], _host.Fake.Received.Select(r => Ttl(r.Body)));
    }

    [Fact]
    public async Task Access_token_is_fetched_once_and_reused_across_50_sends()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 50)
            .Select(i => _host.SendAsync(_host.Message($"fcm-token-{i}", TimeSpan.FromMinutes(2)))));

        Assert.All(results, r => Assert.Equal(PushOutcome.Delivered, r.Outcome));
        Assert.Equal(1, _host.Fake.TokenRequests);
        Assert.Single(_host.Fake.Received.Select(r => r.AccessToken).Distinct());
        Assert.Empty(_host.Fake.Violations);
    }

    [Fact]
    public async Task Rejected_access_token_is_refreshed_once_and_the_send_retried()
    {
        await _host.SendAsync(_host.Message("fcm-token-warmup", TimeSpan.FromMinutes(2)));
        _host.Fake.Script("fcm-token-401", FcmFault.UnauthorizedOnce);

        var result = await _host.SendAsync(_host.Message("fcm-token-401", TimeSpan.FromMinutes(2)));

        Assert.True(_host.Fake.Violations.IsEmpty, string.Join("\n", _host.Fake.Violations));
        Assert.Equal(PushResult.Delivered(200, "projects/mfa-grains-test/messages/0:2"), result);
        Assert.Equal(2, _host.Fake.TokenRequests);
        Assert.Equal(3, _host.Fake.SendRequests);
        Assert.Equal(2, _host.Fake.Received.Where(r => r.RegistrationToken == "fcm-token-401").Select(r => r.AccessToken).Distinct().Count());
    }

    [Fact]
    public async Task Second_401_in_a_row_is_fatal_without_a_third_attempt()
    {
        _host.Fake.Script("fcm-token-401", FcmFault.UnauthorizedAlways);

        var result = await _host.SendAsync(_host.Message("fcm-token-401", TimeSpan.FromMinutes(2)));

        Assert.Equal(PushOutcome.Fatal, result.Outcome);
        Assert.Equal(401, result.StatusCode);
        Assert.Equal("UNAUTHENTICATED", result.Reason);
        Assert.Equal(2, _host.Fake.TokenRequests);
        Assert.Equal(2, _host.Fake.SendRequests);
    }

    [Fact]
    public async Task Expired_challenge_is_not_sent()
    {
        var message = _host.Message("fcm-token-ok", TimeSpan.FromSeconds(30));
        _host.Time.Advance(TimeSpan.FromSeconds(30));

        var result = await _host.SendAsync(message);

        Assert.Equal(new PushResult(PushOutcome.Fatal, null, FcmSender.ExpiredReason, null, null), result);
        Assert.Equal(0, _host.Fake.SendRequests);
        Assert.Equal(0, _host.Fake.TokenRequests);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _host.SendAsync(_host.Message("fcm-token-ok", TimeSpan.FromMinutes(2)), cancelled.Token));
    }

    private static string? Ttl(string body) =>
        JsonDocument.Parse(body).RootElement.GetProperty("message").GetProperty("android").GetProperty("ttl").GetString();
}
