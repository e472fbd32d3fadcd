using System.Security.Cryptography;
using MfaGrains.Grains.Secrets;

namespace MfaGrains.Grains.Tests.Cluster;

/// <summary>Freshly drawn secret keys, the way an operator would configure them.</summary>
internal static class TestSecrets
{
    public const string ActiveKeyId = "k1";

    public static string RandomKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static SecretsOptions Options(string? lookupKey = null) => new()
    {
        LookupKey = lookupKey ?? RandomKey(),
        EncryptionKeys = new() { [ActiveKeyId] = RandomKey() },
        ActiveEncryptionKeyId = ActiveKeyId,
    };

    public static SecretHasher Hasher(string? lookupKey = null) =>
        new(Microsoft.Extensions.Options.Options.Create(Options(lookupKey)));

    public static SecretProtector Protector(string? encryptionKey = null) => new(Microsoft.Extensions.Options.Options.Create(new SecretsOptions
    {
        LookupKey = RandomKey(),
        EncryptionKeys = new() { [ActiveKeyId] = encryptionKey ?? RandomKey() },
        ActiveEncryptionKeyId = ActiveKeyId,
    }));
}
