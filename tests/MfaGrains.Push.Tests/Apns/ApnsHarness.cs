using System.Security.Cryptography;
using MfaGrains.Push.Apns;
using MfaGrains.Push.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MfaGrains.Push.Tests.Apns;

/// <summary>
/// The sender as the engine gets it (<see cref="ApnsServiceCollectionExtensions.AddApnsSender"/>, real HttpClient factory and
/// SocketsHttpHandler) aimed at a fake APNs, with one <see cref="FakeTimeProvider"/> for both sides.
/// </summary>
internal sealed class ApnsHarness : IAsyncDisposable
{
    public const string TeamId = "TEAM4A2B3C";
    public const string KeyId = "KEY9Z8Y7X6";
    public const string Topic = "com.example.mfagrains";

    private readonly ServiceProvider _services;

    private ApnsHarness(FakeTimeProvider time, ApnsTestKey key, FakeApnsServer? apns, string baseUrl, LogLevel minimumLevel = LogLevel.Trace)
    {
        Time = time;
        Key = key;
        Apns = apns!;
        _services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(minimumLevel))
            .AddSingleton<TimeProvider>(time)
            .AddApnsSender(Configuration(key.P8Path, baseUrl))
            .BuildServiceProvider();

        // What ValidateOnStart would do in a host: the harness refuses to run with settings the engine would refuse.
        _services.GetRequiredService<IStartupValidator>().Validate();
        Sender = _services.GetServices<IPushSender>().OfType<ApnsSender>().Single();
    }

    public FakeTimeProvider Time { get; }

    public ApnsTestKey Key { get; }

    public FakeApnsServer Apns { get; }

    public ApnsSender Sender { get; }

    public CapturedLogs Logs { get; } = new();

    /// <summary>
    /// A sender in front of a strict fake APNs that trusts this harness' key; logs from <paramref name="minimumLevel"/> up are
    /// captured; <paramref name="clock"/>, if given, is the one clock of both sides.
    /// </summary>
    public static async Task<ApnsHarness> StartAsync(LogLevel minimumLevel = LogLevel.Trace, FakeTimeProvider? clock = null)
    {
        var time = clock ?? new FakeTimeProvider(new DateTimeOffset(2030, 1, 7, 8, 0, 0, TimeSpan.Zero));
        var key = new ApnsTestKey();
        var apns = await FakeApnsServer.StartAsync(new FakeApnsExpectations(TeamId, KeyId, key.PublicKey, Topic), time);
        return new ApnsHarness(time, key, apns, apns.BaseUrl, minimumLevel);
    }

    /// <summary>A sender aimed at <paramref name="baseUrl"/>, with no fake behind it.</summary>
    public static ApnsHarness ForUrl(string baseUrl) =>
        new(new FakeTimeProvider(new DateTimeOffset(2030, 1, 7, 8, 0, 0, TimeSpan.Zero)), new ApnsTestKey(), null, baseUrl);

    public static IConfiguration Configuration(string? privateKeyPath, string baseUrl, string? teamId = TeamId, string? keyId = KeyId, string? topic = Topic) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Push:Apns:TeamId"] = teamId,
            ["Push:Apns:KeyId"] = keyId,
            ["Push:Apns:PrivateKeyPath"] = privateKeyPath,
            ["Push:Apns:Topic"] = topic,
            ["Push:Apns:BaseUrl"] = baseUrl,
        }).Build();

    public static string NewDeviceToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public PushMessage Message(string deviceToken, string? application = "NHSmail") =>
        new(deviceToken, "chl_3q2n0k5vWm8xT1bYcR7dLg", "dev_h4Jk9pQ2sV6wX1zA3bC5dE", application, Time.GetUtcNow().AddMinutes(2));

    public Task<PushResult> SendAsync(PushMessage message) => Deadline.Within(Sender.SendAsync(message, CancellationToken.None), "APNs send");

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (Apns is not null)
        {
            await Apns.DisposeAsync();
        }

        Key.Dispose();
    }
}
