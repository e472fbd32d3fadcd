using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace MfaGrains.Api.Signatures;

/// <summary>Rebuilds the RFC 9421 §2.5 signature base of a received request from the parsed signature parameters.</summary>
public static class SignatureBaseBuilder
{
    private static readonly SearchValues<char> FieldNameChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+-.^_`|~");

    /// <summary>Builds the base over the covered components of <paramref name="signatureParams"/>, ending with
    /// its canonical re-serialization as the @signature-params line.</summary>
    public static bool TryBuild(
        HttpRequest request,
        SfInnerList signatureParams,
        [NotNullWhen(true)] out string? signatureBase,
        out SignatureFailure failure)
    {
        signatureBase = null;
        var builder = new StringBuilder();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var component in signatureParams.Items)
        {
            // Component parameters (;sf, ;key, ;bs, ;req, ;name) change how values are derived; none is supported.
            if (component is not { Value: string name, Parameters.Count: 0 } || !seen.Add(name))
            {
                failure = SignatureFailure.UnsupportedComponent;
                return false;
            }

            if (!TryGetValue(request, name, out var value, out failure))
            {
                return false;
            }

            builder.Append(StructuredFieldSerializer.SerializeItem(component)).Append(": ").Append(value).Append('\n');
        }

        builder.Append("\"@signature-params\": ").Append(StructuredFieldSerializer.SerializeInnerList(signatureParams));
        var text = builder.ToString();

        // The base is ASCII (§2.5); other characters could only come from odd header bytes.
        if (!Ascii.IsValid(text))
        {
            failure = SignatureFailure.UnsupportedComponent;
            return false;
        }

        signatureBase = text;
        failure = SignatureFailure.None;
        return true;
    }

    private static bool TryGetValue(HttpRequest request, string name, out string value, out SignatureFailure failure)
    {
        value = string.Empty;

        // §2.1: field names are covered in lower case; anything else cannot name a header.
        var supported = name.StartsWith('@')
            ? DerivedComponents.IsSupported(name)
            : name.Length > 0 && !name.AsSpan().ContainsAnyExcept(FieldNameChars);
        if (!supported)
        {
            failure = SignatureFailure.UnsupportedComponent;
            return false;
        }

        var present = name.StartsWith('@')
            ? DerivedComponents.TryGetValue(request, name, out value)
            : TryGetFieldValue(request, name, out value);
        failure = present ? SignatureFailure.None : SignatureFailure.MissingComponent;
        return present;
    }

    // §2.1: each field line trimmed, lines joined with ", "; a line break inside a value would forge a base line.
    private static bool TryGetFieldValue(HttpRequest request, string name, out string value)
    {
        value = string.Empty;
        if (!request.Headers.TryGetValue(name, out var lines) || lines.Count == 0)
        {
            return false;
        }

        var trimmed = new string[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i] ?? string.Empty;
            if (line.AsSpan().IndexOfAny('\r', '\n') >= 0)
            {
                return false;
            }

            trimmed[i] = line.Trim(' ', '\t');
        }

        value = string.Join(", ", trimmed);
        return true;
    }
}
