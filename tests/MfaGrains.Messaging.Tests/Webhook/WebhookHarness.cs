using MfaGrains.Messaging.Tests.Support;
using MfaGrains.Messaging.Webhook;
using Microsoft.Extensions.Time.Testing;

namespace MfaGrains.Messaging.Tests.Webhook;

/// <summary>One test's world: a fake clock, the fake gateway on it, and the app's senders configured for that gateway.</summary>
internal sealed class WebhookHarness : IAsyncDisposable
{
    public const string Secret = "kq3V9x7RrT2mWc8pYz4Ls6Nd1Hf5Jb0G";

    private WebhookHarness(FakeTimeProvider clock, FakeWebhookServer fake, SenderHost host)
    {
        Clock = clock;
        Fake = fake;
        Host = host;
    }

    public FakeTimeProvider Clock { get; }

    public FakeWebhookServer Fake { get; }

    public SenderHost Host { get; }

    public WebhookPasscodeSender Sender => Host.Sender<WebhookPasscodeSender>();

    public static async Task<WebhookHarness> StartAsync(params string[] channels)
    {
        var clock = TestClock.Create();
        var fake = await FakeWebhookServer.StartAsync(Secret, clock);
        var host = SenderHost.Start(Settings(fake.Url, channels), clock);
        return new WebhookHarness(clock, fake, host);
    }

    public static Dictionary<string, string?> Settings(string url, params string[] channels)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Messaging:Webhook:Url"] = url,
            ["Messaging:Webhook:Secret"] = Secret,
        };
        for (var i = 0; i < channels.Length; i++)
        {
            settings[$"Messaging:Webhook:Channels:{i}"] = channels[i];
        }

        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
