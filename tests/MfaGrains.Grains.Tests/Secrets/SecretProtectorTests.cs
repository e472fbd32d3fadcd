using System.Security.Cryptography;
using MfaGrains.Grains.Secrets;
using MfaGrains.Grains.Tests.Cluster;

namespace MfaGrains.Grains.Tests.Secrets;

/// <summary>Secrets at rest are sealed with AES-256-GCM under a key id, bound to their purpose.</summary>
public sealed class SecretProtectorTests
{
    private readonly SecretsOptions _options = TestSecrets.Options();

    [Fact]
    public void A_sealed_secret_opens_to_the_original_and_does_not_contain_it()
    {
        var protector = Protector(_options);

        var sealedCode = protector.Protect(SecretPurposes.ActivationCode, "622796292");

        Assert.Equal(TestSecrets.ActiveKeyId, sealedCode.KeyId);
        Assert.DoesNotContain("622796292", sealedCode.Sealed, StringComparison.Ordinal);
        Assert.Equal("622796292", protector.Unprotect(SecretPurposes.ActivationCode, sealedCode));
    }

    [Fact]
    public void Sealing_the_same_secret_twice_gives_different_ciphertexts()
    {
        var protector = Protector(_options);

        Assert.NotEqual(
            protector.Protect(SecretPurposes.ActivationCode, "622796292").Sealed,
            protector.Protect(SecretPurposes.ActivationCode, "622796292").Sealed);
    }

    [Fact]
    public void A_secret_sealed_for_one_purpose_does_not_open_for_another()
    {
        var protector = Protector(_options);
        var sealedCode = protector.Protect(SecretPurposes.ActivationCode, "622796292");

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(SecretPurposes.ChallengeNumber, sealedCode));
    }

    [Fact]
    public void A_tampered_secret_does_not_open()
    {
        var protector = Protector(_options);
        var sealedCode = protector.Protect(SecretPurposes.ActivationCode, "622796292");
        var bytes = Convert.FromBase64String(sealedCode.Sealed);
        bytes[^1] ^= 1;

        Assert.ThrowsAny<CryptographicException>(() =>
            protector.Unprotect(SecretPurposes.ActivationCode, new ProtectedSecret { KeyId = sealedCode.KeyId, Sealed = Convert.ToBase64String(bytes) }));
    }

    [Fact]
    public void After_a_key_rotation_old_secrets_still_open_and_new_ones_use_the_new_key()
    {
        var old = Protector(_options).Protect(SecretPurposes.ActivationCode, "622796292");
        var rotated = new SecretsOptions
        {
            LookupKey = _options.LookupKey,
            EncryptionKeys = new(_options.EncryptionKeys) { ["k2"] = TestSecrets.RandomKey() },
            ActiveEncryptionKeyId = "k2",
        };

        var protector = Protector(rotated);

        Assert.Equal("622796292", protector.Unprotect(SecretPurposes.ActivationCode, old));
        Assert.Equal("k2", protector.Protect(SecretPurposes.ActivationCode, "1").KeyId);
    }

    [Fact]
    public void A_secret_sealed_under_a_key_no_longer_configured_does_not_open()
    {
        var sealedCode = Protector(_options).Protect(SecretPurposes.ActivationCode, "622796292");

        Assert.ThrowsAny<CryptographicException>(() => Protector(TestSecrets.Options()).Unprotect(SecretPurposes.ActivationCode, sealedCode));
    }

    private static SecretProtector Protector(SecretsOptions options) => new(Microsoft.Extensions.Options.Options.Create(options));
}
