using System.Buffers;
using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using MfaGrains.Contracts.Devices;

namespace MfaGrains.Api.Signatures;

/// <summary>A validated ECDSA P-256 public key: the x and y of its JWK and the key imported once for verifying.</summary>
/// <remarks>
/// Importing costs more than verifying (about 100 µs against 70 µs here), so a key is imported once and reused across
/// requests (<see cref="Devices.DeviceKeyCache"/>). It is never disposed while shared: a request may still be verifying
/// with it, and the native key is freed by its safe handle once the last reference has gone.
/// </remarks>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "Shared across requests; see remarks.")]
public sealed class P256PublicKey
{
    private const int CoordinateLength = 32;

    // The field prime of P-256; a coordinate at or above it would be a second spelling of a smaller one.
    private static ReadOnlySpan<byte> FieldPrime =>
    [
        0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    ];

    private readonly ECDsa _ecdsa;

    // OpenSSL keys are not documented as safe for concurrent use; one device's requests rarely overlap, so this costs nothing.
    private readonly Lock _verifying = new();

    private P256PublicKey(string jwkX, string jwkY, ECDsa ecdsa)
    {
        X = jwkX;
        Y = jwkY;
        _ecdsa = ecdsa;
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

        ECDsa ecdsa;
        try
        {
            // Importing checks that the point lies on the curve.
            ecdsa = ECDsa.Create(Parameters(xBytes, yBytes));
        }
        catch (CryptographicException)
        {
            return false;
        }

        key = new P256PublicKey(x!, y!, ecdsa);
        return true;
    }

    /// <summary>Checks a 64-byte r||s (IEEE P1363) ECDSA P-256 SHA-256 signature over the data.</summary>
    public bool VerifySignature(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        if (signature.Length != 2 * CoordinateLength)
        {
            return false;
        }

        lock (_verifying)
        {
            return _ecdsa.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }
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
