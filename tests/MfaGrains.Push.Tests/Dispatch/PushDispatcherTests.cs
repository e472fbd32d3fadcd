using MfaGrains.Push.Dispatch;
using MfaGrains.Push.Sending;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static MfaGrains.Push.Tests.Dispatch.ScriptedSender;

namespace MfaGrains.Push.Tests.Dispatch;

public sealed class PushDispatcherTests : IAsyncLifetime, IDisposable
{
    private readonly TimerCountingClock _clock = new();
    private readonly ScriptedSender _fcm = new(PushProvider.Fcm);
    private readonly RecordingReporter _reporter = new();
    private PushDispatcher _dispatcher = null!;

    public Task InitializeAsync() => Start(new PushDispatchOptions { MaxConcurrency = 1, InitialBackoff = TimeSpan.FromSeconds(1) });

    public Task DisposeAsync() => _dispatcher.StopAsync(CancellationToken.None);

    public void Dispose() => _dispatcher.Dispose();

    [Fact]
    public async Task A_delivered_push_is_reported_sent()
    {
        _dispatcher.Enqueue(Job("token-a"));

        var outcome = await _reporter.For("token-a");

        Assert.True(outcome.Sent);
        Assert.Null(outcome.Error);
    }

    [Fact]
    public async Task A_retryable_failure_is_retried_after_retry_after()
    {
        _fcm.Script("token-b", Answer(PushOutcome.Retryable, "UNAVAILABLE", TimeSpan.FromSeconds(5)));
        _dispatcher.Enqueue(Job("token-b"));
        await Eventually.Until(() => _clock.TimersCreated == 1, "the retry delay");

        _clock.Advance(TimeSpan.FromSeconds(4));
        Assert.False(_reporter.HasOutcome("token-b"));
        _clock.Advance(TimeSpan.FromSeconds(1));

        var outcome = await _reporter.For("token-b");
        Assert.True(outcome.Sent);
        Assert.Equal(2, outcome.Job.Attempt);
    }

    [Fact]
    public async Task Retries_stop_before_the_challenge_expires()
    {
        _fcm.Script("token-c", Answer(PushOutcome.Retryable, "UNAVAILABLE", TimeSpan.FromSeconds(20)), Answer(PushOutcome.Retryable, "UNAVAILABLE", TimeSpan.FromSeconds(20)));
        _dispatcher.Enqueue(Job("token-c", lifetime: TimeSpan.FromSeconds(30)));
        await Eventually.Until(() => _clock.TimersCreated == 1, "the retry delay");

        _clock.Advance(TimeSpan.FromSeconds(20));

        var outcome = await _reporter.For("token-c");
        Assert.False(outcome.Sent);
        Assert.Equal("UNAVAILABLE", outcome.Error);
        Assert.Equal(2, _fcm.Attempts.Count);
    }

    [Fact]
    public async Task A_dead_token_is_reported_for_clearing_and_not_retried()
    {
        _fcm.Script("token-d", Answer(PushOutcome.DropToken, "UNREGISTERED"));
        _dispatcher.Enqueue(Job("token-d"));

        var outcome = await _reporter.For("token-d");

        Assert.True(outcome.TokenIsDead);
        Assert.Equal("UNREGISTERED", outcome.Error);
        Assert.Single(_fcm.Attempts);
    }

    [Fact]
    public async Task A_provider_without_a_sender_fails_at_once()
    {
        _dispatcher.Enqueue(Job("token-e", PushProvider.Apns));

        var outcome = await _reporter.For("token-e");

        Assert.Equal("provider_not_configured", outcome.Error);
        Assert.Empty(_fcm.Attempts);
    }

    [Fact]
    public async Task An_expired_job_is_not_sent()
    {
        var job = Job("token-f", lifetime: TimeSpan.FromSeconds(1));
        _clock.Advance(TimeSpan.FromSeconds(2));
        _dispatcher.Enqueue(job);

        Assert.Equal("expired", (await _reporter.For("token-f")).Error);
        Assert.Empty(_fcm.Attempts);
    }

    [Fact]
    public async Task First_attempts_go_before_retries()
    {
        var release = new TaskCompletionSource<PushResult>();
        _fcm.Script("retry", Answer(PushOutcome.Retryable, "QUOTA_EXCEEDED", TimeSpan.FromSeconds(1)));
        _fcm.Script("busy", () => release.Task);
        _dispatcher.Enqueue(Job("retry"));
        await Eventually.Until(() => _clock.TimersCreated == 1, "the retry delay");
        _dispatcher.Enqueue(Job("busy"));
        await Eventually.Until(() => _fcm.Attempts.Count == 2, "the second send");
        _clock.Advance(TimeSpan.FromSeconds(1));
        await Eventually.Until(() => _dispatcher.RetryBacklog == 1, "the queued retry");
        _dispatcher.Enqueue(Job("first-1"));
        _dispatcher.Enqueue(Job("first-2"));

        release.SetResult(PushResult.Delivered(200, "busy"));
        await _reporter.For("retry");

        Assert.Equal(["retry", "busy", "first-1", "first-2", "retry"], _fcm.Attempts);
    }

    private Task Start(PushDispatchOptions options)
    {
        _dispatcher = new PushDispatcher([_fcm], _reporter, Options.Create(options), _clock, NullLogger<PushDispatcher>.Instance);
        return _dispatcher.StartAsync(CancellationToken.None);
    }

    private PushJob Job(string token, PushProvider provider = PushProvider.Fcm, TimeSpan? lifetime = null) =>
        new(provider, new PushMessage(token, "chl_" + token, "device-" + token, "NHSmail", _clock.GetUtcNow() + (lifetime ?? TimeSpan.FromSeconds(60))), "jane.doe@nhs.net");
}
