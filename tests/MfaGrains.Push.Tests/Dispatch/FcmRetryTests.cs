using MfaGrains.Push.Dispatch;
using MfaGrains.Push.Sending;
using MfaGrains.Push.Tests.Fcm;

namespace MfaGrains.Push.Tests.Dispatch;

/// <summary>FCM faults end to end: the real dispatcher and FCM sender against the strict fake FCM, on one fake clock.</summary>
public sealed class FcmRetryTests : IAsyncLifetime
{
    private const int MaxAttempts = 20;

    private readonly TimerCountingClock _clock = new(DispatchHarness.Start);
    private FcmTestHost _fcm = null!;
    private DispatchHarness _dispatch = null!;

    public async Task InitializeAsync()
    {
        _fcm = await FcmTestHost.StartAsync(clock: _clock);
        _dispatch = await DispatchHarness.StartAsync(
            _clock, new PushDispatchOptions { MaxAttempts = MaxAttempts, InitialBackoff = TimeSpan.FromSeconds(1) }, _fcm.Sender);
    }

    public async Task DisposeAsync()
    {
        await _dispatch.DisposeAsync();
        await _fcm.DisposeAsync();
    }

    [Fact]
    public async Task Quota_exceeded_is_retried_no_sooner_than_retry_after_and_then_sent()
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
    public async Task Unavailable_until_expiry_gives_up_in_time()
    {
        _fcm.Fake.Script("fcm-token-down", FcmFault.Unavailable, retryAfter: "2");
        var message = _fcm.Message("fcm-token-down", TimeSpan.FromSeconds(15));
        _dispatch.Enqueue(PushProvider.Fcm, message);

        var outcome = await _dispatch.RunToOutcomeAsync("fcm-token-down", TimeSpan.FromSeconds(1), message.ExpiresAt.AddMinutes(1));

        Assert.False(outcome.Sent);
        Assert.Equal("UNAVAILABLE", outcome.Error);
        Assert.True(_clock.GetUtcNow() < message.ExpiresAt, "The failure was reported only after the challenge expired.");
        var sends = _fcm.Fake.Received.ToList();
        Assert.InRange(sends.Count, 2, MaxAttempts - 1);
        Assert.All(sends, send => Assert.True(send.ReceivedAt < message.ExpiresAt, $"A send reached FCM at {send.ReceivedAt:O}, after expiry."));
        Assert.Empty(_fcm.Fake.Violations);
    }
}
