using System.Globalization;
using MfaGrains.Api.Tests.EndToEnd;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MfaGrains.Sandbox.Tests.Browser;

/// <summary>The sandbox's whole story in Debian's headless Chromium against a real engine: a portal and a virtual phone in one page.</summary>
[Collection(SandboxCollection.Name)]
public sealed class SandboxStoryTests(SandboxEngineFixture engine)
{
    [Fact]
    public async Task A_person_enrols_the_virtual_phone_signs_in_and_is_locked_after_reporting_and_the_offline_code_verifies()
    {
        var userId = EngineFixture.NewUserId();
        await using var browser = await SandboxBrowser.OpenSandbox(engine.Host);
        var screen = browser.Screen;

        // Enrol by the typed code, then "Let's try it out" approved with the portal's number.
        var code = await screen.StartEnrolment(userId);
        await browser.Screenshot("1-enrolment-qr");
        await screen.ActivatePhoneWithCode(code);
        var testNumber = await screen.SendTestChallenge();
        await browser.Screenshot("2-test-challenge");
        await screen.Answer("approve", testNumber);
        await screen.ExpectText("test-status", "approved");
        await screen.ExpectText("enrolment-status", "completed");

        // A sign-in approved with the right number, followed live over SSE on the portal side.
        var number = await screen.SignIn();
        await screen.ExpectText("deliveries", "device " + (await PhoneDeviceId(browser))[..10] + "…: none, noToken");
        await browser.Screenshot("3-sign-in-number");
        await screen.Answer("approve", number);
        await screen.ExpectText("challenge-status", "approved");
        await browser.Screenshot("4-sign-in-approved");

        // A wrong number denies the sign-in.
        var next = await screen.SignIn();
        await screen.Answer("approve", WrongNumber(next));
        await screen.ExpectText("challenge-status", "denied (wrongNumber)");
        await screen.ExpectText("last-answer", "Your answer: denied (wrongNumber)");

        // "It wasn't me" denies it as fraud and locks push sign-in: the next sign-in is refused with 423 locked.
        await screen.SignIn();
        await screen.Answer("report");
        await screen.ExpectText("challenge-status", "denied (reportedFraud)");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(screen.PortalMessage).ToContainTextAsync("423 locked");
        // The report's resolution and the push lock it started are both in the trail, the lock the newest.
        await Expect(browser.Page.Locator("#audit-rows tr").First).ToContainTextAsync("pushLock");
        await Expect(browser.Page.Locator("#audit-rows tr", new() { HasText = "reportedFraud" })).ToHaveCountAsync(1);
        await browser.Screenshot("5-reported-and-locked");

        // The phone's offline code, typed into the portal, is accepted by passcodes/verify.
        await screen.VerifyPasscode(await screen.TotpCode());
        await screen.ExpectText("passcode-result", "valid (totp)");
        await browser.Screenshot("6-offline-code-accepted");

        var account = await engine.Portal.GetAccount(userId);
        Assert.True(account.TryGetProperty("pushLockedUntil", out _), "The report did not lock push sign-in.");
        Assert.Empty(browser.Problems);
    }

    private static async Task<string> PhoneDeviceId(SandboxBrowser browser) => await browser.Page.Locator("#phone-device").InnerTextAsync();

    private static string WrongNumber(string number) =>
        (int.Parse(number, CultureInfo.InvariantCulture) is var n && n == 99 ? 10 : n + 1).ToString(CultureInfo.InvariantCulture);
}
