using MfaGrains.Api.Tests.Phones;
using MfaGrains.Push.Tests.Apns;
using MfaGrains.Push.Tests.Fcm;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>The real engine configured for FCM and APNs, pointed at strict loopback fakes of both services.</summary>
public sealed class PushEngineFixture : IAsyncLifetime, IDisposable
{
    private readonly TestServiceAccount _fcmAccount = new();
    private readonly ApnsTestKey _apnsKey = new();

    public EngineHost Host { get; private set; } = null!;

    internal FakeFcmServer Fcm { get; private set; } = null!;

    internal FakeApnsServer Apns { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public TestPortal Portal { get; private set; } = null!;

    public TestPhone NewPhone() => new(Http, Host.Clock);

    /// <summary>
    /// Waits until FCM has the enrolment's test push for <paramref name="token"/>: a fault scripted for the token before
    /// then could answer that push instead of the one the test means (and a dead token would be cleared by it).
    /// </summary>
    internal Task FcmReceivedTestPush(string token) =>
        Eventually.UntilSeen(() => Fcm.Received.FirstOrDefault(r => r.RegistrationToken == token), r => r is not null, "the enrolment's test push");

    public async Task InitializeAsync()
    {
        Fcm = await FakeFcmServer.StartAsync(FakeFcmIdentity.Of(_fcmAccount));
        Apns = await FakeApnsServer.StartAsync(new FakeApnsExpectations(ApnsHarness.TeamId, ApnsHarness.KeyId, _apnsKey.PublicKey, ApnsHarness.Topic), TimeProvider.System);
        Host = new EngineHost(new Dictionary<string, string?>
        {
            ["Push:Fcm:ServiceAccountJsonPath"] = _fcmAccount.WriteKeyFile(Fcm.TokenUri),
            ["Push:Fcm:BaseUrl"] = Fcm.BaseUrl.ToString(),
            ["Push:Apns:TeamId"] = ApnsHarness.TeamId,
            ["Push:Apns:KeyId"] = ApnsHarness.KeyId,
            ["Push:Apns:PrivateKeyPath"] = _apnsKey.P8Path,
            ["Push:Apns:Topic"] = ApnsHarness.Topic,
            ["Push:Apns:BaseUrl"] = Apns.BaseUrl,
            ["Push:Dispatch:InitialBackoff"] = "00:00:00.050",
            ["Push:Dispatch:MaxAttempts"] = "3",
        });
        await Host.StartAsync();
        Http = Host.CreateClient();
        Portal = new TestPortal(Http);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
        await Fcm.DisposeAsync();
        await Apns.DisposeAsync();
    }

    public void Dispose()
    {
        _fcmAccount.Dispose();
        _apnsKey.Dispose();
    }
}
