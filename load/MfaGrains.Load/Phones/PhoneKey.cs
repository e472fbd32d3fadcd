using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace MfaGrains.Load.Phones;

/// <summary>A phone's ECDSA P-256 key pair and the device id derived from it (the RFC 7638 JWK thumbprint).</summary>
public sealed class PhoneKey : IDisposable
{
    private readonly ECDsa key;

    private PhoneKey(ECDsa key)
    {
        this.key = key;
        var point = key.ExportParameters(includePrivateParameters: false).Q;
        X = Base64Url.EncodeToString(point.X);
        Y = Base64Url.EncodeToString(point.Y);
        DeviceId = Thumbprint(X, Y);
    }

    /// <summary>The JWK "x" (base64url, no padding).</summary>
    public string X { get; }

    /// <summary>The JWK "y" (base64url, no padding).</summary>
    public string Y { get; }

    public string DeviceId { get; }

    public static PhoneKey Create() => new(ECDsa.Create(ECCurve.NamedCurves.nistP256));

    /// <summary>Loads a key saved by <see cref="ExportPkcs8"/>.</summary>
    public static PhoneKey FromPkcs8(string base64)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportPkcs8PrivateKey(Convert.FromBase64String(base64), out _);
            if (key.KeySize != 256)
            {
                throw new CryptographicException("The phone key is not a P-256 key.");
            }

            return new PhoneKey(key);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>The private key as PKCS#8, base64.</summary>
    public string ExportPkcs8() => Convert.ToBase64String(key.ExportPkcs8PrivateKey());

    /// <summary>The public key as the JWK the activation body carries.</summary>
    public JsonObject PublicJwk() => new() { ["kty"] = "EC", ["crv"] = "P-256", ["x"] = X, ["y"] = Y };

    /// <summary>The 64-byte r||s ECDSA signature over SHA-256 of <paramref name="data"/>.</summary>
    public byte[] Sign(byte[] data) => key.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    /// <summary>RFC 7638: SHA-256 over the required members in lexicographic order, no whitespace.</summary>
    public static string Thumbprint(string x, string y) =>
        Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes("{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"" + x + "\",\"y\":\"" + y + "\"}")));

    public void Dispose() => key.Dispose();
}
