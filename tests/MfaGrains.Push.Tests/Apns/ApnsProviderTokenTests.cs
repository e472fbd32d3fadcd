using System.Buffers.Text;
using System.Text.Json;
using MfaGrains.Push.Sending;

namespace MfaGrains.Push.Tests.Apns;

/// <summary>The provider JWT is shared, renewed between 20 and 50 minutes of age, and renewed once when Apple calls it expired.</summary>
public sealed class ApnsProviderTokenTests : IAsyncLifetime
{
    private ApnsHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ApnsHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task One_jwt_serves_100_concurrent_sends()
    {
        var results = await Deadline.Within(
            Task.WhenAll(Enumerable.Range(0, 100).Select(_ => _harness.Sender.SendAsync(_harness.Message(ApnsHarness.NewDeviceToken()), CancellationToken.None))),
            "100 concurrent sends");

        Assert.All(results, r => Assert.Equal(PushOutcome.Delivered, r.Outcome));
        Assert.Equal(100, _harness.Apns.Accepted.Count);
        Assert.Equal(1, _harness.Apns.DistinctProviderTokens);
    }

    [Fact]
    public async Task Jwt_is_renewed_at_40_minutes_and_never_within_20()
    {
        var token = ApnsHarness.NewDeviceToken();
        for (var minute = 0; minute < 40; minute++)
        {
            Assert.Equal(PushOutcome.Delivered, (await _harness.SendAsync(_harness.Message(token))).Outcome);
            Assert.Equal(1, _harness.Apns.DistinctProviderTokens);
            _harness.Time.Advance(TimeSpan.FromMinutes(1));
        }

        // 40 minutes after the first token was issued.
        Assert.Equal(PushOutcome.Delivered, (await _harness.SendAsync(_harness.Message(token))).Outcome);

        Assert.Equal(2, _harness.Apns.DistinctProviderTokens);
        Assert.Empty(_harness.Apns.Refusals);
        Assert.Equal(_harness.Time.GetUtcNow().ToUnixTimeSeconds(), IssuedAt(_harness.Apns.Accepted[^1].ProviderToken));
    }

    [Fact]
    public async Task ExpiredProviderToken_renews_the_jwt_once_and_the_retry_succeeds()
    {
        var token = ApnsHarness.NewDeviceToken();
        await _harness.SendAsync(_harness.Message(token));
        _harness.Time.Advance(TimeSpan.FromMinutes(25));
        _harness.Apns.Script(token, FakeApnsReply.ExpiredProviderToken);

        var result = await _harness.SendAsync(_harness.Message(token));

        Assert.Equal(PushOutcome.Delivered, result.Outcome);
        var (refused, retried) = (_harness.Apns.Accepted[1], _harness.Apns.Accepted[2]);
        Assert.Equal("ExpiredProviderToken", refused.Reply.Reason);
        Assert.NotEqual(refused.ProviderToken, retried.ProviderToken);
        Assert.Equal(refused.Headers["apns-id"], retried.Headers["apns-id"]);
        Assert.Equal(3, _harness.Apns.Accepted.Count);
        Assert.Equal(2, _harness.Apns.DistinctProviderTokens);
    }

    [Fact]
    public async Task ExpiredProviderToken_for_a_jwt_under_20_minutes_old_is_fatal_and_keeps_the_jwt()
    {
        var token = ApnsHarness.NewDeviceToken();
        await _harness.SendAsync(_harness.Message(token));
        _harness.Time.Advance(TimeSpan.FromMinutes(5));
        _harness.Apns.Script(token, FakeApnsReply.ExpiredProviderToken);

        var result = await _harness.SendAsync(_harness.Message(token));

        Assert.Equal(new PushResult(PushOutcome.Fatal, 403, "ExpiredProviderToken", result.MessageId, null), result);
        Assert.Equal(2, _harness.Apns.Accepted.Count);
        Assert.Equal(1, _harness.Apns.DistinctProviderTokens);
        Assert.Contains(_harness.Logs.Entries, e => e.Contains("check this server's clock", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExpiredProviderToken_twice_is_fatal_after_one_retry()
    {
        var token = ApnsHarness.NewDeviceToken();
        await _harness.SendAsync(_harness.Message(token));
        _harness.Time.Advance(TimeSpan.FromMinutes(30));
        _harness.Apns.Script(token, FakeApnsReply.ExpiredProviderToken, FakeApnsReply.ExpiredProviderToken);

        var result = await _harness.SendAsync(_harness.Message(token));

        Assert.Equal(PushOutcome.Fatal, result.Outcome);
        Assert.Equal("ExpiredProviderToken", result.Reason);
        Assert.Equal(3, _harness.Apns.Accepted.Count);
    }

    private static long IssuedAt(string jwt)
    {
        using var claims = JsonDocument.Parse(Base64Url.DecodeFromChars(jwt.Split('.')[1]));
        return claims.RootElement.GetProperty("iat").GetInt64();
    }
}
