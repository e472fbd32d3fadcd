using MfaGrains.Push.Dispatch;
using MfaGrains.Push.Sending;
using static MfaGrains.Push.Tests.Dispatch.ScriptedSender;

namespace MfaGrains.Push.Tests.Dispatch;

/// <summary>The quota guard: each provider's send rate stays within its limit, never stalls the other provider, and first attempts win permits before retries.</summary>
public sealed class QuotaGuardTests
{
    private readonly TimerCountingClock _clock = new(DispatchHarness.Start);
    private readonly ScriptedSender _fcm = new(PushProvider.Fcm);
    private readonly ScriptedSender _apns = new(PushProvider.Apns);

    [Fact]
    public async Task Sends_never_outrun_the_per_minute_limit()
    {
        // 6 a minute: one now, then one every 10 s.
        await using var dispatch = await DispatchHarness.StartAsync(_clock, new PushDispatchOptions { FcmMessagesPerMinute = 6, MaxConcurrency = 4 }, _fcm);
        for (var i = 0; i < 5; i++)
        {
            dispatch.Enqueue(PushProvider.Fcm, $"fcm-{i}");
        }

        for (var sent = 1; sent < 5; sent++)
        {
            await Eventually.Until(() => _fcm.Attempts.Count == sent && _clock.HasPendingTimer, $"send {sent}, then a wait for the next permit");
            _clock.Advance(TimeSpan.FromSeconds(9.9));
            Assert.True(_clock.HasPendingTimer, $"A permit after send {sent} came before 10 s had passed.");
            Assert.Equal(sent, _fcm.Attempts.Count);
            _clock.Advance(TimeSpan.FromSeconds(0.1));
        }

        await Eventually.Until(() => _fcm.Attempts.Count == 5, "the last send");
    }

    [Fact]
    public async Task Apns_keeps_flowing_while_fcm_is_out_of_quota()
    {
        await using var dispatch = await DispatchHarness.StartAsync(_clock, new PushDispatchOptions { FcmMessagesPerMinute = 1, MaxConcurrency = 2 }, _fcm, _apns);
        for (var i = 0; i < 6; i++)
        {
            dispatch.Enqueue(PushProvider.Fcm, $"fcm-{i}");
        }

        await Eventually.Until(() => _fcm.Attempts.Count == 1 && _clock.HasPendingTimer, "FCM's quota to be spent");
        string[] iphones = ["apns-0", "apns-1", "apns-2"];
        foreach (var token in iphones)
        {
            dispatch.Enqueue(PushProvider.Apns, token);
        }

        foreach (var token in iphones)
        {
            Assert.True((await dispatch.Reporter.For(token)).Sent);
        }

        Assert.Single(_fcm.Attempts);
    }

    [Fact]
    public async Task First_attempts_win_permits_before_a_waiting_retry()
    {
        await using var dispatch = await DispatchHarness.StartAsync(_clock, new PushDispatchOptions { FcmMessagesPerMinute = 6, MaxConcurrency = 4 }, _fcm);
        _fcm.Script("retry", Answer(PushOutcome.Retryable, "QUOTA_EXCEEDED", TimeSpan.FromSeconds(1)));
        dispatch.Enqueue(PushProvider.Fcm, "retry");
        await Eventually.Until(() => _fcm.Attempts.Count == 1 && _clock.TimersCreated == 1, "the retry delay");
        _clock.Advance(TimeSpan.FromSeconds(1));
        await Eventually.Until(() => _clock.TimersCreated == 2 && _clock.HasPendingTimer, "the retry to wait for a permit");

        dispatch.Enqueue(PushProvider.Fcm, "first-1");
        dispatch.Enqueue(PushProvider.Fcm, "first-2");
        for (var sent = 2; sent <= 3; sent++)
        {
            _clock.Advance(TimeSpan.FromSeconds(10));
            await Eventually.Until(() => _fcm.Attempts.Count == sent && _clock.HasPendingTimer, $"send {sent}, then a wait for the next permit");
        }

        _clock.Advance(TimeSpan.FromSeconds(10));
        Assert.True((await dispatch.Reporter.For("retry")).Sent);
        Assert.Equal(["retry", "first-1", "first-2", "retry"], _fcm.Attempts);
    }
}
