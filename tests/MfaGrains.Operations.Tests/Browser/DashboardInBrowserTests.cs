using MfaGrains.Api.Tests.EndToEnd;
using MfaGrains.Api.Tests.Phones;
using MfaGrains.Operations.Tests.Dashboard;
using MfaGrains.Testing;

namespace MfaGrains.Operations.Tests.Browser;

/// <summary>An operator opens the dashboard in a real browser, signing in with the operator key, and sees the engine's grains.</summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardInBrowserTests(DashboardEngineFixture engine)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan PageBudget = TimeSpan.FromSeconds(5);
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task Chromium_shows_the_user_and_device_grains_in_the_grain_list_and_saves_a_screenshot()
    {
        using var phone = new TestPhone(engine.Http, engine.Host.Clock);
        await EnrolledPhone.Enrol(engine.Portal, phone, EngineFixture.NewUserId());
        // HTTP Basic with the operator key as the password, as a browser sends it once the operator has typed it in.
        var grains = new UriBuilder(engine.Host.BaseAddress)
        {
            UserName = "sre",
            Password = OperationsEngine.OperatorKey,
            Path = "/dashboard/",
            Fragment = "/grains",
        }.Uri;
        using var chromium = new HeadlessChromium();

        var dom = await Eventually.Until(
            () => chromium.DumpDom(grains, PageBudget),
            page => page.Contains(">UserGrain<", StringComparison.Ordinal) && page.Contains(">DeviceGrain<", StringComparison.Ordinal),
            "the dashboard's grain list in Chromium to show UserGrain and DeviceGrain",
            Deadline);

        Assert.DoesNotContain("Error connecting to Orleans Silo", dom, StringComparison.Ordinal);
        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "dashboard-grains.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        File.Delete(screenshot);
        await chromium.Screenshot(grains, PageBudget, screenshot);
        var png = await File.ReadAllBytesAsync(screenshot);
        Assert.True(png.Length > 10_000 && png.AsSpan(0, 8).SequenceEqual(PngSignature), $"{screenshot} is not a full PNG ({png.Length} bytes).");
    }
}
