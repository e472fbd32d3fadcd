using MfaGrains.Push.Dispatch;
using MfaGrains.Push.Sending;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MfaGrains.Push.Tests.Dispatch;

/// <summary>An idle dispatcher waiting for work keeps nothing behind per push: thousands of lone pushes retain no memory.</summary>
[Collection(MeasuredAloneCollection.Name)]
public sealed class IdleWaitTests
{
    private const int Pushes = 30_000;

    // A wait left behind on each wake (as the two-channel wait did) retained about 11 MB here; a run that leaks nothing keeps
    // well under 0.5 MB (JIT, thread pool), whatever the number of pushes.
    private const long AllowedGrowthBytes = 2 * 1024 * 1024;

    [Fact]
    public async Task Waking_for_one_push_at_a_time_retains_nothing_per_push()
    {
        var reporter = new CountingReporter();
        var options = new PushDispatchOptions { FcmMessagesPerMinute = 100_000_000 };
        using var dispatcher = new PushDispatcher([new InstantSender()], reporter, Options.Create(options), TimeProvider.System, NullLogger<PushDispatcher>.Instance);
        await dispatcher.StartAsync(CancellationToken.None);
        var message = new PushMessage("fcm-idle", "chl_idle", "dev_idle", "NHSmail", DateTimeOffset.UtcNow.AddMinutes(5));

        await PushOneAtATime(dispatcher, reporter, message, Pushes / 10);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        await PushOneAtATime(dispatcher, reporter, message, Pushes);
        var growth = GC.GetTotalMemory(forceFullCollection: true) - before;

        await dispatcher.StopAsync(CancellationToken.None);
        Assert.True(growth < AllowedGrowthBytes, $"{Pushes} lone pushes retained {growth:N0} bytes.");
    }

    /// <summary>Each push waits for the one before it, so the dispatcher is idle and waiting every time a push arrives.</summary>
    private static async Task PushOneAtATime(PushDispatcher dispatcher, CountingReporter reporter, PushMessage message, int count)
    {
        for (var i = 0; i < count; i++)
        {
            dispatcher.Enqueue(new PushJob(PushProvider.Fcm, message, "jane.doe@nhs.net"));
            Assert.True(await reporter.NextOutcome.WaitAsync(TimeSpan.FromSeconds(10)), $"Push {i} got no outcome within 10 s.");
        }
    }

    /// <summary>Delivers every push at once and records nothing, so the measurement sees only what the dispatcher holds.</summary>
    private sealed class InstantSender : IPushSender
    {
        public PushProvider Provider => PushProvider.Fcm;

        public Task<PushResult> SendAsync(PushMessage message, CancellationToken cancellationToken) => Task.FromResult(PushResult.Delivered(200, null));
    }

    /// <summary>Counts outcomes without keeping them, for the same reason.</summary>
    private sealed class CountingReporter : IPushDeliveryReporter
    {
        public SemaphoreSlim NextOutcome { get; } = new(0);

        public Task ReportAsync(PushDelivery delivery, CancellationToken cancellationToken)
        {
            NextOutcome.Release();
            return Task.CompletedTask;
        }
    }
}
