using MfaGrains.Push.Sending;
using MfaGrains.Push.Tests.Apns;
using MfaGrains.Push.Tests.Fcm;

namespace MfaGrains.Push.Tests.Dispatch;

/// <summary>
/// Provider faults end to end: the real dispatcher and both real senders against the strict fake FCM and fake APNs, all on
/// one fake clock. The two services report Retry-After their own way, so each is tested.
/// </summary>
public sealed class ProviderFaultTests : IAsyncLifetime
{
    private readonly TimerCountingClock _clock = new(DispatchHarness.Start);
    private FcmTestHost _fcm = null!;
    private ApnsHarness _apns = null!;
    private DispatchHarness _dispatch = null!;

    public async Task InitializeAsync()
    {
        _fcm = await FcmTestHost.StartAsync(clock: _clock);
        _apns = await ApnsHarness.StartAsync(clock: _clock);
        _dispatch = await DispatchHarness.StartAsync(_clock, DispatchHarness.RetryUntilExpiry, _fcm.Sender, _apns.Sender);
    }

    public async Task DisposeAsync()
    {
        await _dispatch.DisposeAsync();
        await _fcm.DisposeAsync();
        await _apns.DisposeAsync();
    }

    [Fact]
    public async Task Fcm_quota_exceeded_is_retried_no_sooner_than_retry_after_and_then_sent()
    {
        _fcm.Fake.ScriptSequence("fcm-token-busy", new FcmAnswer(FcmFault.QuotaExceeded, RetryAfter: "7"));
        _dispatch.Enqueue(PushProvider.Fcm, _fcm.Message("fcm-token-busy", TimeSpan.FromMinutes(1)));

        var outcome = await _dispatch.RunToOutcomeAsync("fcm-token-busy", TimeSpan.FromSeconds(1), DispatchHarness.Start.AddMinutes(1));

        Assert.True(outcome.Sent, outcome.Error);
        Assert.Equal(2, outcome.Job.Attempt);
        var sends = _fcm.Fake.Received.ToList();
        Assert.Equal(2, sends.Count);
        Assert.InRange(sends[1].ReceivedAt - sends[0].ReceivedAt, TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(8));
        Assert.Empty(_fcm.Fake.Violations);
    }

    [Fact]
    public async Task Fcm_unavailable_until_expiry_gives_up_in_time()
    {
        _fcm.Fake.Script("fcm-token-down", FcmFault.Unavailable, retryAfter: "2");
        var message = _fcm.Message("fcm-token-down", TimeSpan.FromSeconds(15));
        _dispatch.Enqueue(PushProvider.Fcm, message);

        var outcome = await _dispatch.RunToOutcomeAsync("fcm-token-down", TimeSpan.FromSeconds(1), message.ExpiresAt.AddMinutes(1));

        Assert.False(outcome.Sent);
        Assert.Equal("UNAVAILABLE", outcome.Error);
        Assert.True(_clock.GetUtcNow() < message.ExpiresAt, "The failure was reported only after the challenge expired.");
        var sends = _fcm.Fake.Received.ToList();
        Assert.InRange(sends.Count, 2, DispatchHarness.RetryUntilExpiry.MaxAttempts - 1);
        Assert.All(sends, send => Assert.True(send.ReceivedAt < message.ExpiresAt, $"A send reached FCM at {send.ReceivedAt:O}, after expiry."));
        Assert.Empty(_fcm.Fake.Violations);
    }

    [Fact]
    public async Task Apns_too_many_requests_is_retried_no_sooner_than_retry_after_and_then_sent()
    {
        var token = ApnsHarness.NewDeviceToken();
        _apns.Apns.Script(token, FakeApnsReply.TooManyRequests(TimeSpan.FromSeconds(7)));
        _dispatch.Enqueue(PushProvider.Apns, _apns.Message(token));

        var outcome = await _dispatch.RunToOutcomeAsync(token, TimeSpan.FromSeconds(1), DispatchHarness.Start.AddMinutes(1));

        Assert.True(outcome.Sent, outcome.Error);
        Assert.Equal(2, outcome.Job.Attempt);
        var requests = _apns.Apns.Accepted;
        Assert.Equal([429, 200], requests.Select(r => r.Reply.Status));
        Assert.InRange(requests[1].ReceivedAt - requests[0].ReceivedAt, TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(8));
        Assert.Empty(_apns.Apns.Refusals);
    }

    [Fact]
    public async Task Apns_service_unavailable_until_expiry_gives_up_in_time()
    {
        var token = ApnsHarness.NewDeviceToken();
        _apns.Apns.Script(token, Enumerable.Repeat(FakeApnsReply.ServiceUnavailable(TimeSpan.FromSeconds(2)), DispatchHarness.RetryUntilExpiry.MaxAttempts).ToArray());
        var message = _apns.Message(token) with { ExpiresAt = _clock.GetUtcNow().AddSeconds(15) };
        _dispatch.Enqueue(PushProvider.Apns, message);

        var outcome = await _dispatch.RunToOutcomeAsync(token, TimeSpan.FromSeconds(1), message.ExpiresAt.AddMinutes(1));

        Assert.False(outcome.Sent);
        Assert.Equal("ServiceUnavailable", outcome.Error);
        Assert.True(_clock.GetUtcNow() < message.ExpiresAt, "The failure was reported only after the challenge expired.");
        var requests = _apns.Apns.Accepted;
        Assert.InRange(requests.Count, 2, DispatchHarness.RetryUntilExpiry.MaxAttempts - 1);
        Assert.All(requests, r => Assert.True(r.ReceivedAt < message.ExpiresAt, $"A push reached APNs at {r.ReceivedAt:O}, after expiry."));
        Assert.Empty(_apns.Apns.Refusals);
    }
}
