using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace MfaGrains.Testing;

/// <summary>
/// Debian's Chromium (package <c>chromium</c>, installed by <c>.ci/run</c>) run headless from the command line: one page load per
/// call, given a budget of virtual time for the page's scripts, then the DOM or a screenshot. Loopback only; no browser download.
/// </summary>
public sealed class HeadlessChromium : IDisposable
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    private readonly string _profile = Path.Combine(Path.GetTempPath(), "mfagrains-chromium-" + Guid.NewGuid().ToString("N"));

    /// <summary>The page's DOM after <paramref name="budget"/> of virtual time.</summary>
    public async Task<string> DumpDom(Uri url, TimeSpan budget) => await Run(budget, ["--dump-dom"], url);

    /// <summary>Saves a PNG of the page after <paramref name="budget"/> of virtual time.</summary>
    public async Task Screenshot(Uri url, TimeSpan budget, string pngPath) => await Run(budget, ["--screenshot=" + pngPath], url);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // The OS's temp clean-up will have it.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    private async Task<string> Run(TimeSpan budget, string[] action, Uri url)
    {
        var start = new ProcessStartInfo("chromium")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--no-proxy-server",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            "--user-data-dir=" + _profile, "--window-size=1280,900",
            "--virtual-time-budget=" + ((int)budget.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
            .. action, url.AbsoluteUri,
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception missing)
        {
            throw new InvalidOperationException("Chromium is not installed: apt-get install -y chromium (.ci/run does this).", missing);
        }

        using (process)
        using (var timeout = new CancellationTokenSource(RunTimeout))
        {
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Chromium did not finish loading {url.GetLeftPart(UriPartial.Authority)} within {RunTimeout.TotalSeconds} s.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"Chromium exited with {process.ExitCode}: {await error}");
            }

            return await output;
        }
    }
}
