using MfaGrains.Grains.Options;

namespace MfaGrains.Grains.Passcodes;

/// <summary>Which phone numbers codes may be sent to: an allowed country calling code, and no premium-rate range.</summary>
public static class PhoneDestinations
{
    /// <summary>The country calling codes allowed when none are configured: the United Kingdom's.</summary>
    public static readonly string[] DefaultCountryCodes = ["+44"];

    /// <summary>
    /// UK ranges a fraudster earns from or that cost far more than a mobile: 09 (premium rate), 087 and 084 (service
    /// numbers), 070 (personal numbers, a classic of toll fraud) and 118 (directory enquiries).
    /// </summary>
    public static readonly string[] DefaultPremiumRatePrefixes = ["+449", "+4487", "+4484", "+4470", "+44118"];

    /// <summary>Why codes may not be sent to <paramref name="e164"/>, or null when they may.</summary>
    public static string? Refusal(string e164, PasscodeOptions rules)
    {
        var countries = rules.AllowedCountryCodes ?? DefaultCountryCodes;
        if (!countries.Any(code => e164.StartsWith(code, StringComparison.Ordinal)))
        {
            return $"Codes are sent only to numbers with country code {string.Join(", ", countries)}.";
        }

        return (rules.PremiumRatePrefixes ?? DefaultPremiumRatePrefixes).Any(prefix => e164.StartsWith(prefix, StringComparison.Ordinal))
            ? "Codes are not sent to premium-rate, personal or service numbers."
            : null;
    }
}
