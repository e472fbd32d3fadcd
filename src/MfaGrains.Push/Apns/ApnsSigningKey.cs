using System.Security.Cryptography;

namespace MfaGrains.Push.Apns;

/// <summary>Loads Apple's .p8 provider key, insisting on an unencrypted PKCS#8 P-256 private key.</summary>
internal static class ApnsSigningKey
{
    private const string P256Oid = "1.2.840.10045.3.1.7";
    private const string Setting = ApnsOptions.Section + ":" + nameof(ApnsOptions.PrivateKeyPath);

    /// <summary>Loads the key, or returns null with a message that names the setting and never quotes the key.</summary>
    public static ECDsa? TryLoad(string? path, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(path))
        {
            error = $"{Setting} is required: the path of the .p8 file Apple issued.";
            return null;
        }

        if (path.Contains("-----", StringComparison.Ordinal) || path.Contains('\n', StringComparison.Ordinal))
        {
            // Someone pasted the key itself; quoting the "path" would print the secret.
            error = $"{Setting} must be the path of the .p8 file, not the key's contents.";
            return null;
        }

        string pem;
        try
        {
            pem = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // I/O messages name the path and the cause (missing, permission), never file contents.
            error = $"{Setting}: cannot read the .p8 file '{path}': {e.Message}";
            return null;
        }

        if (!PemEncoding.TryFind(pem, out var fields))
        {
            error = $"{Setting}: '{path}' holds no PEM block; expected Apple's .p8 (-----BEGIN PRIVATE KEY-----).";
            return null;
        }

        var label = pem[fields.Label];
        if (label is not "PRIVATE KEY")
        {
            error = $"{Setting}: '{path}' holds a '{label}' PEM block; expected an unencrypted PKCS#8 'PRIVATE KEY' (Apple's .p8).";
            return null;
        }

        var der = Convert.FromBase64String(pem[fields.Base64Data]);
        var key = ECDsa.Create();
        try
        {
            key.ImportPkcs8PrivateKey(der, out _);
            if (!IsP256(key.ExportParameters(includePrivateParameters: false).Curve))
            {
                error = $"{Setting}: '{path}' is an EC key on another curve; APNs needs P-256 (ES256).";
            }
        }
        catch (CryptographicException)
        {
            error = $"{Setting}: '{path}' is not an EC private key; APNs needs Apple's P-256 .p8 key (ES256).";
        }
        finally
        {
            CryptographicOperations.ZeroMemory(der);
        }

        if (error is null)
        {
            return key;
        }

        key.Dispose();
        return null;
    }

    private static bool IsP256(ECCurve curve) =>
        curve.IsNamed && (curve.Oid.Value == P256Oid || curve.Oid.FriendlyName is "nistP256" or "ECDSA_P256");
}
