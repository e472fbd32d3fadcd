using System.Diagnostics;
using System.Globalization;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>
/// The OATH Toolkit's <c>oathtool</c> (Debian package <c>oathtool</c>, installed by <c>.ci/run</c>): an independent
/// TOTP implementation that plays the person's authenticator app.
/// </summary>
public static class OathTool
{
    /// <summary>The 6-digit TOTP (SHA-1, 30 s) of a base32 seed at <paramref name="at"/>, as <c>oathtool --totp -b --now=…</c> prints it.</summary>
    public static string Totp(string base32Secret, DateTimeOffset at, int digits = 6)
    {
        var start = new ProcessStartInfo("oathtool")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--totp");
        start.ArgumentList.Add("--base32");
        start.ArgumentList.Add("--digits=" + digits.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add("--now=" + at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC");
        start.ArgumentList.Add(base32Secret);

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception missing)
        {
            throw new InvalidOperationException("oathtool is not installed: apt-get install -y oathtool (.ci/run does this).", missing);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(10)), "oathtool did not finish within 10 s");
            Assert.True(process.ExitCode == 0, $"oathtool failed ({process.ExitCode}): {error}");
            return output.Trim();
        }
    }
}
