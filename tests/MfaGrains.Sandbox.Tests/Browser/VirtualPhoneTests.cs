using MfaGrains.Api.Tests.EndToEnd;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MfaGrains.Sandbox.Tests.Browser;

/// <summary>The virtual phone reads the engine's own QR image, as a camera pointed at the portal would, and keeps its key as a phone's keystore would.</summary>
[Collection(SandboxCollection.Name)]
public sealed class VirtualPhoneTests(SandboxEngineFixture engine)
{
    [Fact]
    public async Task The_phone_activates_by_decoding_the_QR_code_the_portal_shows()
    {
        await using var browser = await SandboxBrowser.OpenSandbox(engine.Host);
        var screen = browser.Screen;
        var code = await screen.StartEnrolment(EngineFixture.NewUserId());

        await screen.ScanQrOnScreen();

        // The code the scan put into the phone is the one the portal showed: it came out of the PNG, not off the page's text.
        Assert.Equal(code, await browser.Page.Locator("#phone-code").InputValueAsync());
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task The_phone_keeps_a_non_extractable_P256_key_in_IndexedDB_across_a_reload_until_the_account_is_removed()
    {
        var userId = EngineFixture.NewUserId();
        await using var browser = await SandboxBrowser.OpenSandbox(engine.Host);
        var screen = browser.Screen;
        await screen.ActivatePhoneWithCode(await screen.StartEnrolment(userId));
        var deviceId = await browser.Page.Locator("#phone-device").InnerTextAsync();

        await browser.Page.ReloadAsync();

        await Expect(browser.Page.Locator("#phone-device")).ToHaveTextAsync(deviceId);
        var key = await browser.Page.EvaluateAsync<string>(
            "async () => { const { loadAccount } = await import('/sandbox/phone-store.js'); const k = (await loadAccount()).privateKey;" +
            " return [k.type, k.algorithm.name, k.algorithm.namedCurve, k.extractable].join(' '); }");
        Assert.Equal("private ECDSA P-256 false", key);

        // "Remove this account" deletes the device in the engine (a signed DELETE) and forgets the key.
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Remove this account" }).ClickAsync();
        await Expect(browser.Page.Locator("#phone-setup")).ToBeVisibleAsync();
        Assert.Empty((await engine.Portal.GetAccount(userId)).GetProperty("devices").EnumerateArray());
        Assert.Empty(browser.Problems);
    }
}
