namespace MfaGrains.Grains.Secrets;

/// <summary>A secret encrypted at rest: the key id it was sealed with and base64 of nonce, ciphertext and tag.</summary>
[GenerateSerializer, Alias("mfa.ProtectedSecret")]
public sealed class ProtectedSecret
{
    [Id(0)] public string KeyId { get; set; } = "";

    [Id(1)] public string Sealed { get; set; } = "";
}
