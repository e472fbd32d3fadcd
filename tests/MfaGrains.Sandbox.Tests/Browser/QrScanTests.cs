using MfaGrains.Api.Tests.EndToEnd;

namespace MfaGrains.Sandbox.Tests.Browser;

/// <summary>The virtual phone reads the engine's own QR image, as a camera pointed at the portal would.</summary>
[Collection(SandboxCollection.Name)]
public sealed class QrScanTests(SandboxEngineFixture engine)
{
    [Fact]
    public async Task The_phone_activates_by_decoding_the_QR_code_the_portal_shows()
    {
        await using var browser = await SandboxBrowser.Open(SandboxEngine.OperatorKey);
        var screen = new SandboxScreen(browser.Page);
        await screen.Open(engine.Host.BaseAddress, EngineHost.PortalKey);
        var code = await screen.StartEnrolment(EngineFixture.NewUserId());

        await screen.ScanQrOnScreen();

        // The code the scan put into the phone is the one the portal showed: it came out of the PNG, not off the page's text.
        Assert.Equal(code, await browser.Page.Locator("#phone-code").InputValueAsync());
        Assert.Empty(browser.Problems);
    }
}
