using System.Text;

namespace MfaGrains.Client.Signing;

/// <summary>The RFC 9421 §2.5 signature base: one <c>"name": value</c> line per covered component, then <c>"@signature-params"</c>.</summary>
public static class SignatureBase
{
    /// <summary>The bytes that are signed; <paramref name="signatureParams"/> is the Signature-Input member's value (inner list and parameters).</summary>
    public static byte[] Build(IEnumerable<KeyValuePair<string, string>> components, string signatureParams)
    {
        var text = new StringBuilder(256);
        foreach (var (name, value) in components)
        {
            text.Append('"').Append(name).Append("\": ").Append(value).Append('\n');
        }

        text.Append("\"@signature-params\": ").Append(signatureParams);
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
