using MfaGrains.Messaging.Development;
using MfaGrains.Messaging.Hosting;
using MfaGrains.Messaging.Notify;
using MfaGrains.Messaging.Sending;
using MfaGrains.Messaging.Tests.Notify;
using MfaGrains.Messaging.Tests.Support;
using MfaGrains.Messaging.Tests.Webhook;
using MfaGrains.Messaging.Webhook;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MfaGrains.Messaging.Tests.Hosting;

/// <summary>Which senders configuration and environment produce: one per configured gateway, the log sender only in Development for what is left.</summary>
public sealed class RegistrationTests
{
    private const string LoopbackUrl = "http://127.0.0.1:9";

    [Fact]
    public async Task Nothing_configured_in_production_registers_no_sender()
    {
        await using var host = SenderHost.Start(new Dictionary<string, string?>(), TestClock.Create(), TestEnvironment.Production);

        Assert.Empty(host.Senders);
    }

    [Fact]
    public async Task Nothing_configured_in_development_logs_every_channel()
    {
        await using var host = SenderHost.Start(new Dictionary<string, string?>(), TestClock.Create(), TestEnvironment.Development);

        var sender = Assert.IsType<DevelopmentLogPasscodeSender>(Assert.Single(host.Senders));
        Assert.True(sender.Serves(PasscodeChannel.Sms) && sender.Serves(PasscodeChannel.Voice));
    }

    [Fact]
    public async Task In_development_the_log_sender_covers_only_what_no_gateway_serves()
    {
        await using var host = SenderHost.Start(NotifyHarness.Settings(LoopbackUrl), TestClock.Create(), TestEnvironment.Development);

        Assert.Equal(2, host.Senders.Count);
        var development = host.Sender<DevelopmentLogPasscodeSender>();
        Assert.False(development.Serves(PasscodeChannel.Sms));
        Assert.True(development.Serves(PasscodeChannel.Voice));
        Assert.Equal([host.Sender<GovUkNotifySmsSender>()], host.Senders.Where(s => s.Serves(PasscodeChannel.Sms)));
    }

    [Fact]
    public async Task With_every_channel_served_development_gets_no_log_sender()
    {
        await using var host = SenderHost.Start(Both(), TestClock.Create(), TestEnvironment.Development);

        Assert.Equal(2, host.Senders.Count);
        Assert.Empty(host.Senders.OfType<DevelopmentLogPasscodeSender>());
    }

    [Fact]
    public void Two_gateways_for_sms_are_refused_naming_the_setting()
    {
        var settings = Both("sms", "voice");

        var failure = Assert.Throws<InvalidOperationException>(() => Register(settings));

        Assert.Contains("Messaging:Webhook:Channels", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_webhook_channel_is_refused_naming_the_setting()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => Register(WebhookHarness.Settings(LoopbackUrl, "fax")));

        Assert.Contains("Messaging:Webhook:Channels may list only 'sms' and 'voice'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_value_instead_of_a_channel_list_is_refused()
    {
        var settings = WebhookHarness.Settings(LoopbackUrl);
        settings["Messaging:Webhook:Channels"] = "sms";

        var failure = Assert.Throws<InvalidOperationException>(() => Register(settings));

        Assert.Contains("Messaging:Webhook:Channels must be a list", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registering_twice_adds_each_sender_once()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Both()).Build();
        var services = new ServiceCollection().AddLogging()
            .AddPasscodeSenders(configuration, TestEnvironment.Production)
            .AddPasscodeSenders(configuration, TestEnvironment.Production);

        await using var provider = services.BuildServiceProvider();

        Assert.Equal(2, provider.GetServices<IPasscodeSender>().Count());
    }

    private static IServiceCollection Register(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddPasscodeSenders(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), TestEnvironment.Production);

    private static Dictionary<string, string?> Both(params string[] webhookChannels)
    {
        var settings = NotifyHarness.Settings(LoopbackUrl);
        foreach (var (key, value) in WebhookHarness.Settings(LoopbackUrl + "/passcodes", webhookChannels))
        {
            settings[key] = value;
        }

        return settings;
    }
}
