using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace MfaGrains.Api.Signatures;

/// <summary>Parses RFC 8941 dictionary fields (Signature-Input, Signature, Content-Digest).</summary>
public static class StructuredFieldParser
{
    /// <summary>Parses a dictionary field; several field lines are joined with ", " first (RFC 8941 §4.2).</summary>
    public static bool TryParseDictionary(string? field, [NotNullWhen(true)] out SfDictionary? dictionary)
    {
        dictionary = null;

        // Structured fields are ASCII; anything else is rejected before parsing.
        if (field is null || !Ascii.IsValid(field))
        {
            return false;
        }

        var reader = new SfReader(field);
        reader.SkipSpaces();
        if (!reader.TryReadDictionary(out var members))
        {
            return false;
        }

        reader.SkipSpaces();
        if (!reader.AtEnd)
        {
            return false;
        }

        dictionary = new SfDictionary(members);
        return true;
    }
}
