using MfaGrains.Push.Apns;
using MfaGrains.Push.Dispatch;
using MfaGrains.Push.Fcm;
using MfaGrains.Push.Sending;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace MfaGrains.Push.Tests.Dispatch;

/// <summary>With no push provider configured, the engine says once, at start-up, that phones must use the pull route.</summary>
public sealed class NoProviderTests
{
    private const int NoProviderEventId = 3001;

    [Fact]
    public async Task Without_a_provider_the_engine_logs_once_that_phones_must_pull()
    {
        var logs = await StartAndStopAsync(sender: null);

        var warning = Assert.Single(logs, log => log.Id.Id == NoProviderEventId);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("phones must use the pull route", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_provider_the_engine_does_not_warn()
    {
        var logs = await StartAndStopAsync(new ScriptedSender(PushProvider.Apns));

        Assert.DoesNotContain(logs, log => log.Id.Id == NoProviderEventId);
    }

    /// <summary>Runs a host with the push registrations the engine makes, over empty settings, plus <paramref name="sender"/> if given.</summary>
    private static async Task<IReadOnlyList<FakeLogRecord>> StartAndStopAsync(IPushSender? sender)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.AddFakeLogging();
        builder.Services
            .AddFcmSender(builder.Configuration)
            .AddApnsSender(builder.Configuration)
            .AddSingleton<IPushDeliveryReporter>(new RecordingReporter())
            .AddPushDispatch(_ => TimeProvider.System);
        if (sender is not null)
        {
            builder.Services.AddSingleton(sender);
        }

        using var host = builder.Build();
        await host.StartAsync();
        await host.StopAsync();
        return host.Services.GetFakeLogCollector().GetSnapshot();
    }
}
