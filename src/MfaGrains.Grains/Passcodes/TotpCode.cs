using System.Security.Cryptography;
using System.Text;
using OtpNet;

namespace MfaGrains.Grains.Passcodes;

/// <summary>
/// RFC 6238 time-based codes as the contract fixes them (HMAC-SHA-1, 6 digits, 30 s steps), computed by Otp.NET.
/// The window and the replay rule are ours, so a code is matched only against steps it may still use.
/// </summary>
public static class TotpCode
{
    /// <summary>Steps accepted on either side of the current one, for clock drift and typing time.</summary>
    public const int DriftSteps = 1;

    /// <summary>The RFC 6238 time step of <paramref name="time"/>: whole periods since the Unix epoch.</summary>
    public static long StepAt(DateTimeOffset time) => time.ToUnixTimeSeconds() / TotpParameters.PeriodSeconds;

    /// <summary>The code of one time step; <paramref name="digits"/> other than 6 only for checking the RFC's test vectors.</summary>
    public static string Compute(byte[] seed, long step, int digits = TotpParameters.Digits) =>
        new Totp(seed, TotpParameters.PeriodSeconds, OtpHashMode.Sha1, digits).ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(step * TotpParameters.PeriodSeconds).UtcDateTime);

    /// <summary>
    /// The step within ±<see cref="DriftSteps"/> of <paramref name="now"/> whose code is <paramref name="code"/>, skipping
    /// steps at or before <paramref name="lastAcceptedStep"/> (a used or older code is a replay); null when none matches.
    /// </summary>
    public static long? Match(byte[] seed, string code, DateTimeOffset now, long? lastAcceptedStep)
    {
        var current = StepAt(now);
        long? matched = null;
        var offered = Encoding.ASCII.GetBytes(code);
        for (var step = current - DriftSteps; step <= current + DriftSteps; step++)
        {
            // Every candidate is computed and compared in constant time, so timing says nothing about which step matched.
            var expected = Encoding.ASCII.GetBytes(Compute(seed, step));
            if (CryptographicOperations.FixedTimeEquals(expected, offered) && step > (lastAcceptedStep ?? long.MinValue) && matched is null)
            {
                matched = step;
            }
        }

        return matched;
    }
}
