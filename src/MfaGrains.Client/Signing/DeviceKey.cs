using System.Buffers.Text;
using System.Security.Cryptography;

namespace MfaGrains.Client.Signing;

/// <summary>A phone's ECDSA P-256 key pair, its public JWK and its device id (the RFC 7638 thumbprint), known before activation.</summary>
public sealed class DeviceKey : IDisposable
{
    /// <summary>The length of an <c>ecdsa-p256-sha256</c> signature: r and s, 32 bytes each (RFC 9421 §3.3.4).</summary>
    public const int SignatureLength = 64;

    private readonly ECDsa key;

    private DeviceKey(ECDsa key)
    {
        this.key = key;
        var point = key.ExportParameters(includePrivateParameters: false).Q;
        PublicKey = new PublicJwk("EC", "P-256", Base64Url.EncodeToString(point.X), Base64Url.EncodeToString(point.Y));
        DeviceId = JwkThumbprint.OfP256(PublicKey.X, PublicKey.Y);
    }

    /// <summary>The public key as the activation body carries it.</summary>
    public PublicJwk PublicKey { get; }

    /// <summary>The contract's <c>deviceId</c>: the RFC 7638 thumbprint of <see cref="PublicKey"/>.</summary>
    public string DeviceId { get; }

    /// <summary>A new random key pair.</summary>
    public static DeviceKey Create() => new(ECDsa.Create(ECCurve.NamedCurves.nistP256));

    /// <summary>Loads a key saved by <see cref="ExportPkcs8"/>; throws <see cref="CryptographicException"/> for anything but P-256.</summary>
    public static DeviceKey FromPkcs8(ReadOnlySpan<byte> pkcs8)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportPkcs8PrivateKey(pkcs8, out _);
            if (key.KeySize != 256)
            {
                throw new CryptographicException("The device key is not a P-256 key.");
            }

            return new DeviceKey(key);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>The private key as PKCS#8, for the app's secure storage.</summary>
    public byte[] ExportPkcs8() => key.ExportPkcs8PrivateKey();

    /// <summary>The 64-byte r||s ECDSA signature over SHA-256 of <paramref name="data"/>.</summary>
    public byte[] Sign(ReadOnlySpan<byte> data)
    {
        var signature = new byte[SignatureLength];
        key.SignData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return signature;
    }

    public void Dispose() => key.Dispose();
}
