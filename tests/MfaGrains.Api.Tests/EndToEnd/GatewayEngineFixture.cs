using MfaGrains.Messaging.Tests.Notify;
using MfaGrains.Messaging.Tests.Webhook;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>
/// The real engine with its real passcode senders as production configures them, GOV.UK Notify for SMS and the signed
/// webhook for voice, pointed at strict loopback fakes of both gateways.
/// </summary>
public sealed class GatewayEngineFixture : EngineFixture
{
    private readonly int _notifyPort;
    private readonly int _webhookPort;

    public GatewayEngineFixture()
        : this(FreePorts.Next(), FreePorts.Next())
    {
    }

    private GatewayEngineFixture(int notifyPort, int webhookPort)
        : base(new EngineHost(Settings(notifyPort, webhookPort)))
    {
        _notifyPort = notifyPort;
        _webhookPort = webhookPort;
    }

    internal FakeNotifyServer Notify { get; private set; } = null!;

    internal FakeWebhookServer Webhook { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        // The senders sign with the engine's unkeyed clock, the system's; only the domain clock is fake.
        Notify = await FakeNotifyServer.StartAsync(TimeProvider.System, port: _notifyPort);
        Webhook = await FakeWebhookServer.StartAsync(WebhookHarness.Secret, TimeProvider.System, _webhookPort);
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Notify.DisposeAsync();
        await Webhook.DisposeAsync();
    }

    private static Dictionary<string, string?> Settings(int notifyPort, int webhookPort) =>
        NotifyHarness.Settings($"http://127.0.0.1:{notifyPort}")
            .Concat(WebhookHarness.Settings($"http://127.0.0.1:{webhookPort}{FakeWebhookServer.Path}", "voice"))
            .ToDictionary();
}
