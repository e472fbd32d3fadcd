using MfaGrains.Api.Tests.EndToEnd;

namespace MfaGrains.Client.Tests;

/// <summary>The real engine on loopback, with a portal client holding the test portal's key; each test uses its own users.</summary>
public sealed class ClientEngineFixture : EngineFixture
{
    public MfaPortalClient PortalClient { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        PortalClient = new MfaPortalClient(Http, EngineHost.PortalKey);
    }

    /// <inheritdoc cref="ClientEnrolment.NewPhoneClient"/>
    public MfaPhoneClient NewPhoneClient(Signing.DeviceKey? key = null) => ClientEnrolment.NewPhoneClient(this, key);

    /// <inheritdoc cref="ClientEnrolment.EnrolledUserAsync"/>
    public Task<(string UserId, MfaPhoneClient Phone, ActivatedDevice Device)> EnrolledUserAsync() => ClientEnrolment.EnrolledUserAsync(this, PortalClient);
}
