using Microsoft.Extensions.Options;

namespace MfaGrains.Grains.Secrets;

/// <summary>Refuses to start without usable secret keys, so no deployment runs on a default key.</summary>
public sealed class SecretsOptionsValidator : IValidateOptions<SecretsOptions>
{
    public ValidateOptionsResult Validate(string? name, SecretsOptions options)
    {
        var failures = new List<string>();
        if (DecodedLength(options.LookupKey) < 32)
        {
            failures.Add("Secrets:LookupKey must be base64 of at least 32 random bytes.");
        }

        if (!options.EncryptionKeys.ContainsKey(options.ActiveEncryptionKeyId))
        {
            failures.Add("Secrets:ActiveEncryptionKeyId must name one of Secrets:EncryptionKeys.");
        }

        failures.AddRange(options.EncryptionKeys
            .Where(key => DecodedLength(key.Value) != 32)
            .Select(key => $"Secrets:EncryptionKeys:{key.Key} must be base64 of exactly 32 bytes."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static int DecodedLength(string base64)
    {
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var written) ? written : -1;
    }
}
