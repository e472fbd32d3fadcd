using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace MfaGrains.Grains.Secrets;

/// <summary>Seals secrets with AES-256-GCM; the purpose is bound as associated data so a sealed value cannot be replayed elsewhere.</summary>
public sealed class SecretProtector(IOptions<SecretsOptions> options)
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly Dictionary<string, byte[]> _keys =
        options.Value.EncryptionKeys.ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value), StringComparer.Ordinal);

    private readonly string _activeKeyId = options.Value.ActiveEncryptionKeyId;

    public ProtectedSecret Protect(string purpose, string secret)
    {
        var plaintext = Encoding.UTF8.GetBytes(secret);
        var output = new byte[NonceSize + plaintext.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_keys[_activeKeyId], TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(NonceSize, plaintext.Length), output.AsSpan(NonceSize + plaintext.Length), Encoding.UTF8.GetBytes(purpose));
        return new ProtectedSecret { KeyId = _activeKeyId, Sealed = Convert.ToBase64String(output) };
    }

    public string Unprotect(string purpose, ProtectedSecret secret)
    {
        if (!_keys.TryGetValue(secret.KeyId, out var key))
        {
            throw new CryptographicException($"Encryption key '{secret.KeyId}' is not configured.");
        }

        var input = Convert.FromBase64String(secret.Sealed);
        var length = input.Length - NonceSize - TagSize;
        var plaintext = new byte[length];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize, length), input.AsSpan(NonceSize + length), plaintext, Encoding.UTF8.GetBytes(purpose));
        return Encoding.UTF8.GetString(plaintext);
    }
}
