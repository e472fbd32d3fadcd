using System.Buffers;
using System.Globalization;
using System.Text;

namespace MfaGrains.Api.Http;

/// <summary>
/// The one spelling of a user id: Unicode NFC, invariant lower case. Ids that could look like another account
/// (format characters, compatibility characters, white space at either end) or that break storage are refused.
/// </summary>
/// <remarks>The rules and the reasons for them are in docs/api.md, "User ids".</remarks>
public static class UserIdSpelling
{
    /// <summary>Refuses to run where Unicode normalisation is unavailable (globalization-invariant mode leaves non-ASCII text as it is).</summary>
    public static void RequireUnicodeData()
    {
        if ("e\u0301".Normalize(NormalizationForm.FormC) != "\u00E9")
        {
            throw new InvalidOperationException("User ids are NFC-normalised, which needs ICU: run without DOTNET_SYSTEM_GLOBALIZATION_INVARIANT, with libicu installed.");
        }
    }

    /// <summary>The canonical spelling of <paramref name="raw"/>, or null when the id breaks a rule.</summary>
    public static string? Canonical(string raw, int maxLength)
    {
        // Checked on the raw text too, so an absurd id is not normalised first; NFC can only shorten or keep Latin ids.
        if (raw.Length == 0 || raw.Length > 4 * maxLength || !HasOnlyAllowedCharacters(raw))
        {
            return null;
        }

        // Lower-casing may leave a string that is no longer NFC (a precomposed capital lowering to base + mark), hence NFC twice.
        var canonical = raw.Normalize(NormalizationForm.FormC).ToLowerInvariant().Normalize(NormalizationForm.FormC);

        // A compatibility character (fullwidth letters, ligatures, superscripts) looks like its plain form but is
        // another string: refusing it means no account can be made that reads as someone else's.
        return canonical.Length <= maxLength && canonical.IsNormalized(NormalizationForm.FormKC) ? canonical : null;
    }

    private static bool HasOnlyAllowedCharacters(string raw)
    {
        var text = raw.AsSpan();
        Rune first = default, last = default;
        while (!text.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(text, out var rune, out var consumed) != OperationStatus.Done || !IsAllowed(rune))
            {
                return false;
            }

            first = first.Value == 0 ? rune : first;
            last = rune;
            text = text[consumed..];
        }

        return !Rune.IsWhiteSpace(first) && !Rune.IsWhiteSpace(last);
    }

    // Braces: Orleans' ADO.NET storage formats the grain key as a composite format string, so an id holding one
    // cannot be stored. Format characters (zero-width, bidi controls) are invisible and would make look-alike ids.
    private static bool IsAllowed(Rune rune) =>
        rune.Value is not ('{' or '}')
        && Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);
}
