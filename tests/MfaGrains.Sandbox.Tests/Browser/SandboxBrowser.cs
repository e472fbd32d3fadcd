using MfaGrains.Api.Tests.EndToEnd;
using Microsoft.Playwright;

namespace MfaGrains.Sandbox.Tests.Browser;

/// <summary>
/// Debian's Chromium (<c>/usr/bin/chromium</c>, installed by <c>.ci/run</c>) driven by Playwright over its DevTools protocol: Playwright's
/// own browser download is never used. Records the page's script errors and Content-Security-Policy violations.
/// </summary>
public sealed class SandboxBrowser : IAsyncDisposable
{
    private const string Chromium = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly List<string> _problems = [];

    private SandboxBrowser(IPlaywright playwright, IBrowser browser, IBrowserContext context, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            // A refused request (the operator-key prompt's 401, the 423 the test provokes) is logged as "Failed to load resource"; the
            // page shows those itself. Anything else logged as an error, a Content-Security-Policy violation among them, is a fault.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                _problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => _problems.Add(error);
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Console errors other than refused requests (CSP violations among them) and uncaught script errors so far.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>What a person sees and does on the page.</summary>
    public SandboxScreen Screen => new(Page);

    /// <summary>
    /// A fresh profile (empty IndexedDB and session storage) on the engine's <c>/sandbox</c>, answering the operator-key prompt as an
    /// operator would, with the portal key typed in.
    /// </summary>
    public static async Task<SandboxBrowser> OpenSandbox(EngineHost engine)
    {
        var browser = await Open(SandboxEngine.OperatorKey);
        await browser.Screen.Open(engine.BaseAddress, EngineHost.PortalKey);
        return browser;
    }

    private static async Task<SandboxBrowser> Open(string operatorKey)
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException("Chromium is not installed: apt-get install -y chromium (.ci/run does this).");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            HttpCredentials = new HttpCredentials { Username = "operator", Password = operatorKey },
            ViewportSize = new ViewportSize { Width = 1280, Height = 1000 },
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        return new SandboxBrowser(playwright, browser, context, page);
    }

    /// <summary>Saves the page as <c>screenshots/{name}.png</c> beside the test assembly; returns the path.</summary>
    public async Task<string> Screenshot(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
