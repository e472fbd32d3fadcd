using MfaGrains.Push.Dispatch;
using MfaGrains.Push.Sending;
using MfaGrains.Push.Tests.Apns;

namespace MfaGrains.Push.Tests.Dispatch;

/// <summary>APNs faults end to end: the real dispatcher and APNs sender against the strict fake APNs, on one fake clock.</summary>
public sealed class ApnsRetryTests : IAsyncLifetime
{
    private const int MaxAttempts = 20;

    private readonly TimerCountingClock _clock = new(DispatchHarness.Start);
    private ApnsHarness _apns = null!;
    private DispatchHarness _dispatch = null!;

    public async Task InitializeAsync()
    {
        _apns = await ApnsHarness.StartAsync(clock: _clock);
        _dispatch = await DispatchHarness.StartAsync(
            _clock, new PushDispatchOptions { MaxAttempts = MaxAttempts, InitialBackoff = TimeSpan.FromSeconds(1) }, _apns.Sender);
    }

    public async Task DisposeAsync()
    {
        await _dispatch.DisposeAsync();
        await _apns.DisposeAsync();
    }

    [Fact]
    public async Task Too_many_requests_is_retried_no_sooner_than_retry_after_and_then_sent()
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
    public async Task Service_unavailable_until_expiry_gives_up_in_time()
    {
        var token = ApnsHarness.NewDeviceToken();
        _apns.Apns.Script(token, Enumerable.Repeat(FakeApnsReply.ServiceUnavailable(TimeSpan.FromSeconds(2)), MaxAttempts).ToArray());
        var message = _apns.Message(token) with { ExpiresAt = _clock.GetUtcNow().AddSeconds(15) };
        _dispatch.Enqueue(PushProvider.Apns, message);

        var outcome = await _dispatch.RunToOutcomeAsync(token, TimeSpan.FromSeconds(1), message.ExpiresAt.AddMinutes(1));

        Assert.False(outcome.Sent);
        Assert.Equal("ServiceUnavailable", outcome.Error);
        Assert.True(_clock.GetUtcNow() < message.ExpiresAt, "The failure was reported only after the challenge expired.");
        var requests = _apns.Apns.Accepted;
        Assert.InRange(requests.Count, 2, MaxAttempts - 1);
        Assert.All(requests, r => Assert.True(r.ReceivedAt < message.ExpiresAt, $"A push reached APNs at {r.ReceivedAt:O}, after expiry."));
        Assert.Empty(_apns.Apns.Refusals);
    }
}
