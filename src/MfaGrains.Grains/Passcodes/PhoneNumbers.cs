using System.Text.RegularExpressions;

namespace MfaGrains.Grains.Passcodes;

/// <summary>E.164 phone numbers: how they are accepted and how they are shown.</summary>
public static partial class PhoneNumbers
{
    public static bool IsE164(string? phoneNumber) => phoneNumber is not null && E164().IsMatch(phoneNumber);

    /// <summary>
    /// The number as the account view shows it: "+", the first two digits, the last four, and one • for every digit
    /// between, so <c>+447700900123</c> reads <c>+44••••••0123</c>. Enough for a person to recognise their number, not
    /// enough to call it.
    /// </summary>
    public static string Mask(string phoneNumber)
    {
        var digits = phoneNumber[1..];
        return "+" + digits[..2] + new string('•', digits.Length - 6) + digits[^4..];
    }

    // "+", a country code that cannot start with 0, and 8-15 digits in all (E.164's maximum). ASCII digits only (\d
    // would take any script's digits), and \z rather than $, which would let a trailing newline through.
    [GeneratedRegex(@"^\+[1-9][0-9]{7,14}\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex E164();
}
