using MfaGrains.Messaging.Notify;
using MfaGrains.Messaging.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace MfaGrains.Messaging.Tests.Notify;

/// <summary>One test's world: a fake clock, the fake Notify on it, and the app's senders configured for that fake.</summary>
internal sealed class NotifyHarness : IAsyncDisposable
{
    private NotifyHarness(FakeTimeProvider clock, FakeNotifyServer fake, SenderHost host)
    {
        Clock = clock;
        Fake = fake;
        Host = host;
    }

    public FakeTimeProvider Clock { get; }

    public FakeNotifyServer Fake { get; }

    public SenderHost Host { get; }

    public GovUkNotifySmsSender Sender => Host.Sender<GovUkNotifySmsSender>();

    /// <summary>Starts the fake and the senders; <paramref name="fakeClock"/> lets a test give the fake a different clock from the sender's.</summary>
    public static async Task<NotifyHarness> StartAsync(string? smsSenderId = null, TimeProvider? fakeClock = null)
    {
        var clock = TestClock.Create();
        var fake = await FakeNotifyServer.StartAsync(fakeClock ?? clock, smsSenderId);
        var host = SenderHost.Start(Settings(fake.BaseUrl, smsSenderId), clock);
        return new NotifyHarness(clock, fake, host);
    }

    public static Dictionary<string, string?> Settings(string baseUrl, string? smsSenderId = null) => new()
    {
        ["Messaging:Notify:ApiKey"] = NotifyTestKey.ApiKey,
        ["Messaging:Notify:SmsTemplateId"] = NotifyTestKey.TemplateId,
        ["Messaging:Notify:BaseUrl"] = baseUrl,
        ["Messaging:Notify:SmsSenderId"] = smsSenderId,
    };

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
