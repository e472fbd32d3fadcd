using MfaGrains.Push.Fcm;
using MfaGrains.Push.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MfaGrains.Push.Tests.Fcm;

/// <summary>One test's world: a service account, the fake FCM + token server, a fake clock and the sender as the app registers it.</summary>
internal sealed class FcmTestHost : IAsyncDisposable
{
    /// <summary>No single step of a test may take longer than this; a hang fails with a message instead of stalling the run.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    private FcmTestHost(TestServiceAccount account, FakeFcmServer fake, FakeTimeProvider time, ServiceProvider services)
    {
        Account = account;
        Fake = fake;
        Time = time;
        Services = services;
    }

    public TestServiceAccount Account { get; }

    public FakeFcmServer Fake { get; }

    /// <summary>The sender's clock; whole seconds, so an HTTP-date Retry-After converts exactly.</summary>
    public FakeTimeProvider Time { get; }

    public ServiceProvider Services { get; }

    public IPushSender Sender => Services.GetServices<IPushSender>().OfType<FcmSender>().Single();

    /// <summary>
    /// Starts the fake and builds the sender; <paramref name="fcmBaseUrl"/> and <paramref name="tokenUri"/> replace the fake's endpoints.
    /// A given <paramref name="clock"/> is shared by the sender and the fake (token expiry, request times); else the fake keeps real time.
    /// </summary>
    public static async Task<FcmTestHost> StartAsync(Uri? fcmBaseUrl = null, Uri? tokenUri = null, FakeTimeProvider? clock = null)
    {
        var account = new TestServiceAccount();
        var fake = await FakeFcmServer.StartAsync(FakeFcmIdentity.Of(account), clock);
        var time = clock ?? new FakeTimeProvider(new DateTimeOffset(2025, 6, 2, 9, 30, 0, TimeSpan.Zero));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Push:Fcm:ServiceAccountJsonPath"] = account.WriteKeyFile(tokenUri ?? fake.TokenUri),
            ["Push:Fcm:BaseUrl"] = (fcmBaseUrl ?? fake.BaseUrl).ToString(),
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddFcmSender(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        // What the host does at start-up: run the ValidateOnStart validators.
        services.GetRequiredService<IStartupValidator>().Validate();
        return new FcmTestHost(account, fake, time, services);
    }

    /// <summary>A challenge push to <paramref name="registrationToken"/> that expires <paramref name="lifetime"/> from the fake clock's now.</summary>
    public PushMessage Message(string registrationToken, TimeSpan lifetime) =>
        new(registrationToken, "chl_01J9ZKQ4", "dev_7QX2", "NHSmail", Time.GetUtcNow() + lifetime);

    public Task<PushResult> SendAsync(PushMessage message, CancellationToken cancellationToken = default) =>
        Sender.SendAsync(message, cancellationToken).WaitAsync(Deadline, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Fake.DisposeAsync();
        Account.Dispose();
    }
}
