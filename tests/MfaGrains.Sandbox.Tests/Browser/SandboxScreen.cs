using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MfaGrains.Sandbox.Tests.Browser;

/// <summary>What a person does on the sandbox page, one method a step; each waits for the page to show the step's outcome.</summary>
public sealed partial class SandboxScreen(IPage page)
{
    /// <summary>The phone's one pending request (the test expects one at a time).</summary>
    public ILocator Request => page.Locator("#pending-list li.request");

    public ILocator PortalMessage => page.Locator("#portal-message");

    public async Task Open(Uri engine, string portalKey)
    {
        await page.GotoAsync(new Uri(engine, "/sandbox").AbsoluteUri);
        await page.GetByLabel("Portal API key").FillAsync(portalKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use key" }).ClickAsync();
        await Expect(page.Locator("#key-state")).ToHaveTextAsync("A portal key is set for this tab.");
    }

    /// <summary>Starts an enrolment and returns the 9-digit code the portal shows (without its spaces).</summary>
    public async Task<string> StartEnrolment(string userId)
    {
        await page.GetByLabel("User id").FillAsync(userId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start enrolment" }).ClickAsync();
        await Expect(page.Locator("#activation-code")).ToHaveTextAsync(NineDigits());
        await Expect(page.Locator("#qr")).ToHaveAttributeAsync("src", BlobUrl());
        return (await page.Locator("#activation-code").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
    }

    public async Task ActivatePhoneWithCode(string code)
    {
        await page.GetByLabel("Activation code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Activate" }).ClickAsync();
        await ExpectPhoneActivated();
    }

    public async Task ScanQrOnScreen()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Scan the QR code on screen" }).ClickAsync();
        await ExpectPhoneActivated();
    }

    /// <summary>"Let's try it out": returns the number the portal shows once the phone lists the test sign-in.</summary>
    public async Task<string> SendTestChallenge()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Let's try it out" }).ClickAsync();
        await Expect(page.Locator("#test-number")).ToHaveTextAsync(TwoDigits());
        await Expect(Request).ToHaveCountAsync(1);
        await Expect(Request.Locator("h4")).ToHaveTextAsync("Test sign-in");
        return await page.Locator("#test-number").InnerTextAsync();
    }

    /// <summary>"Sign in": returns the number the portal shows large once the phone lists the request.</summary>
    public async Task<string> SignIn()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("#challenge-status")).ToHaveTextAsync("pending");
        await Expect(page.Locator("#challenge-number")).ToHaveTextAsync(TwoDigits());
        await Expect(Request).ToHaveCountAsync(1);
        return await page.Locator("#challenge-number").InnerTextAsync();
    }

    /// <summary>Types <paramref name="number"/> into the phone's request and presses the button of <paramref name="decision"/>.</summary>
    public async Task Answer(string decision, string number = "")
    {
        await Request.GetByLabel("Enter the number shown on the screen").FillAsync(number);
        var button = decision switch
        {
            "approve" => "Approve",
            "deny" => "Deny",
            "report" => "It wasn't me",
            _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "approve, deny or report"),
        };
        await Request.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await Expect(Request).ToHaveCountAsync(0);
    }

    public Task ExpectText(string id, string text) => Expect(page.Locator("#" + id)).ToHaveTextAsync(text);

    /// <summary>The phone's offline code as it shows it now.</summary>
    public async Task<string> TotpCode()
    {
        await Expect(page.Locator("#totp-code")).ToHaveTextAsync(SixDigits());
        return await page.Locator("#totp-code").InnerTextAsync();
    }

    public async Task VerifyPasscode(string code)
    {
        await page.GetByLabel("Code from the app").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
    }

    private async Task ExpectPhoneActivated()
    {
        await Expect(page.Locator("#phone-account")).ToBeVisibleAsync();
        await Expect(page.Locator("#enrolment-status")).ToHaveTextAsync("awaitingVerification");
    }

    [GeneratedRegex(@"^\d{3} \d{3} \d{3}$")]
    private static partial Regex NineDigits();

    [GeneratedRegex(@"^[1-9]\d$")]
    private static partial Regex TwoDigits();

    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex SixDigits();

    [GeneratedRegex("^blob:")]
    private static partial Regex BlobUrl();
}
