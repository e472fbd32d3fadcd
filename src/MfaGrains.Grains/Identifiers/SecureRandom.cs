using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;

namespace MfaGrains.Grains.Identifiers;

/// <summary>Every random value that matters, drawn from the operating system's CSPRNG.</summary>
public static class SecureRandom
{
    /// <summary>A prefixed, URL-safe identifier carrying 128 random bits, e.g. <c>chl_…</c>.</summary>
    public static string NewId(string prefix)
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        return prefix + Base64Url.EncodeToString(bytes);
    }

    /// <summary>Nine uniformly random digits.</summary>
    public static string ActivationCode() =>
        RandomNumberGenerator.GetInt32(0, 1_000_000_000).ToString("D9", CultureInfo.InvariantCulture);

    /// <summary>Six uniformly random digits, leading zeros included: an SMS or voice passcode.</summary>
    public static string Passcode() =>
        RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>A uniformly random number of <paramref name="digits"/> digits without a leading zero (10-99 for two).</summary>
    public static string MatchingNumber(int digits)
    {
        var low = (int)Math.Pow(10, digits - 1);
        return RandomNumberGenerator.GetInt32(low, low * 10).ToString(CultureInfo.InvariantCulture);
    }
}
