using MfaGrains.Grains.Passcodes;
using OtpNet;

namespace MfaGrains.Grains.Tests.Passcodes;

/// <summary>What an authenticator app shows for a base32 seed at a given time.</summary>
internal static class TestCodes
{
    public static string At(string base32Seed, DateTimeOffset time) => TotpCode.Compute(Base32Encoding.ToBytes(base32Seed), TotpCode.StepAt(time));

    /// <summary>A six-digit string that is not <paramref name="code"/>.</summary>
    public static string Other(string code) => ((int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}
