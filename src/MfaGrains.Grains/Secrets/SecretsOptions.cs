namespace MfaGrains.Grains.Secrets;

/// <summary>Keys that protect secrets at rest; bound from <c>Secrets</c>. The same values must reach every silo.</summary>
public sealed class SecretsOptions
{
    public const string Section = "Secrets";

    /// <summary>Base64 key (at least 32 bytes) for keyed hashes: activation-code lookups and challenge numbers.</summary>
    public string LookupKey { get; set; } = "";

    /// <summary>Base64 AES-256 keys by key id; old ids stay listed so older ciphertexts can still be read.</summary>
    public Dictionary<string, string> EncryptionKeys { get; set; } = [];

    /// <summary>The key id new secrets are encrypted with.</summary>
    public string ActiveEncryptionKeyId { get; set; } = "";
}
