using System.Buffers;
using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace MfaGrains.Api.Signatures;

/// <summary>A validated ECDSA P-256 public key, held as the x and y of its JWK.</summary>
public sealed class P256PublicKey
{
    private const int CoordinateLength = 32;

    // The field prime of P-256; a coordinate at or above it would be a second spelling of a smaller one.
    private static ReadOnlySpan<byte> FieldPrime =>
    [
        0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    ];

    private readonly byte[] x;
    private readonly byte[] y;

    private P256PublicKey(string jwkX, string jwkY, byte[] x, byte[] y)
    {
        X = jwkX;
        Y = jwkY;
        this.x = x;
        this.y = y;
        Thumbprint = JwkThumbprint.Compute(jwkX, jwkY);
    }

    /// <summary>The JWK "x" member: 32 bytes, base64url without padding.</summary>
    public string X { get; }

    /// <summary>The JWK "y" member: 32 bytes, base64url without padding.</summary>
    public string Y { get; }

    /// <summary>The RFC 7638 thumbprint of the key, which is the device id.</summary>
    public string Thumbprint { get; }

    /// <summary>Accepts the JWK coordinates only if each is canonical unpadded base64url of 32 bytes
    /// and together they name a point on the P-256 curve.</summary>
    public static bool TryCreate(string? x, string? y, [NotNullWhen(true)] out P256PublicKey? key)
    {
        key = null;
        if (!TryDecodeCoordinate(x, out var xBytes) || !TryDecodeCoordinate(y, out var yBytes))
        {
            return false;
        }

        try
        {
            // Importing checks that the point lies on the curve.
            using var ecdsa = ECDsa.Create(Parameters(xBytes, yBytes));
        }
        catch (CryptographicException)
        {
            return false;
        }

        key = new P256PublicKey(x!, y!, xBytes, yBytes);
        return true;
    }

    /// <summary>Checks a 64-byte r||s (IEEE P1363) ECDSA P-256 SHA-256 signature over the data.</summary>
    public bool VerifySignature(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        if (signature.Length != 2 * CoordinateLength)
        {
            return false;
        }

        using var ecdsa = ECDsa.Create(Parameters(x, y));
        return ecdsa.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    private static ECParameters Parameters(byte[] x, byte[] y) => new()
    {
        Curve = ECCurve.NamedCurves.nistP256,
        Q = new ECPoint { X = x, Y = y },
    };

    private static bool TryDecodeCoordinate(string? text, out byte[] bytes)
    {
        bytes = new byte[CoordinateLength];

        // 43 characters is exactly 32 bytes unpadded; re-encoding rejects stray bits in the last character,
        // so one key has one spelling and therefore one thumbprint.
        if (text is not { Length: 43 } || !Ascii.IsValid(text))
        {
            return false;
        }

        Span<byte> utf8 = stackalloc byte[text.Length];
        Encoding.ASCII.GetBytes(text, utf8);
        return Base64Url.DecodeFromUtf8(utf8, bytes, out _, out var written) == OperationStatus.Done
            && written == CoordinateLength
            && Base64Url.EncodeToString(bytes) == text
            && bytes.AsSpan().SequenceCompareTo(FieldPrime) < 0;
    }
}
