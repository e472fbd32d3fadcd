using System.Security.Cryptography;
using MfaGrains.Grains.Secrets;
using OtpNet;

namespace MfaGrains.Grains.Passcodes;

/// <summary>TOTP seeds: 20 random bytes (RFC 4226's recommended length for SHA-1), shown as base32, kept sealed at rest.</summary>
public static class TotpSeed
{
    public const int Length = 20;

    /// <summary>A fresh seed from the operating system's CSPRNG, as the unpadded base32 that authenticator apps take.</summary>
    public static string NewBase32() => Base32Encoding.ToString(RandomNumberGenerator.GetBytes(Length));

    public static ProtectedSecret Seal(SecretProtector protector, string base32) => protector.Protect(SecretPurposes.TotpSeed, base32);

    public static string UnsealBase32(SecretProtector protector, ProtectedSecret sealedSeed) => protector.Unprotect(SecretPurposes.TotpSeed, sealedSeed);

    public static byte[] Unseal(SecretProtector protector, ProtectedSecret sealedSeed) => Base32Encoding.ToBytes(UnsealBase32(protector, sealedSeed));
}
