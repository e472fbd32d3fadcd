using MfaGrains.Push.Dispatch;
using MfaGrains.Push.Sending;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MfaGrains.Push.Tests.Dispatch;

/// <summary>
/// The real dispatcher in front of real or scripted senders, on the fake clock that a sender and its fake server share, so a test can
/// step time forward only while the dispatcher waits and read each request's arrival time off the fake.
/// </summary>
internal sealed class DispatchHarness : IAsyncDisposable
{
    /// <summary>Whole seconds, so an HTTP-date Retry-After converts exactly.</summary>
    public static readonly DateTimeOffset Start = new(2025, 6, 2, 9, 30, 0, TimeSpan.Zero);

    private readonly PushDispatcher _dispatcher;

    /// <summary>More attempts than a short-lived challenge leaves room for, so only its expiry can stop the retries.</summary>
    public static PushDispatchOptions RetryUntilExpiry => new() { MaxAttempts = 20, InitialBackoff = TimeSpan.FromSeconds(1) };

    private DispatchHarness(PushDispatcher dispatcher, TimerCountingClock clock, RecordingReporter reporter)
    {
        _dispatcher = dispatcher;
        Clock = clock;
        Reporter = reporter;
    }

    public TimerCountingClock Clock { get; }

    public RecordingReporter Reporter { get; }

    public static async Task<DispatchHarness> StartAsync(TimerCountingClock clock, PushDispatchOptions options, params IPushSender[] senders)
    {
        var reporter = new RecordingReporter();
        var dispatcher = new PushDispatcher(senders, reporter, Options.Create(options), clock, NullLogger<PushDispatcher>.Instance);
        await dispatcher.StartAsync(CancellationToken.None);
        return new DispatchHarness(dispatcher, clock, reporter);
    }

    public void Enqueue(PushProvider provider, PushMessage message) => _dispatcher.Enqueue(new PushJob(provider, message, "jane.doe@nhs.net"));

    /// <summary>Queues a push to <paramref name="deviceToken"/> for a challenge with five minutes to live.</summary>
    public void Enqueue(PushProvider provider, string deviceToken) =>
        Enqueue(provider, new PushMessage(deviceToken, "chl_" + deviceToken, "dev_" + deviceToken, "NHSmail", Clock.GetUtcNow().AddMinutes(5)));

    /// <summary>
    /// Steps the clock by <paramref name="step"/> whenever the dispatcher is waiting on a timer, and never while a send is in
    /// flight, so each request reaches the fake at the step its retry fell due. Fails if time passes <paramref name="limit"/>.
    /// </summary>
    public async Task<PushDelivery> RunToOutcomeAsync(string deviceToken, TimeSpan step, DateTimeOffset limit)
    {
        while (true)
        {
            await Eventually.Until(() => Reporter.HasOutcome(deviceToken) || Clock.HasPendingTimer, "a retry delay or the final outcome");
            if (Reporter.HasOutcome(deviceToken))
            {
                return await Reporter.For(deviceToken);
            }

            Assert.True(Clock.GetUtcNow() < limit, $"The dispatcher was still retrying at {Clock.GetUtcNow():O}.");
            Clock.Advance(step);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _dispatcher.StopAsync(CancellationToken.None);
        _dispatcher.Dispose();
    }
}
