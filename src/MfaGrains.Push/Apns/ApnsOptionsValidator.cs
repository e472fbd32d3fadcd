using Microsoft.Extensions.Options;

namespace MfaGrains.Push.Apns;

/// <summary>Refuses to start with APNs settings that would only fail at the first sign-in: it really loads the .p8.</summary>
internal sealed class ApnsOptionsValidator : IValidateOptions<ApnsOptions>
{
    private const string Prefix = ApnsOptions.Section + ":";

    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, ApnsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        // Ids are not echoed: a value in the wrong field may be something secret.
        if (!IsAppleId(options.TeamId))
        {
            failures.Add($"{Prefix}{nameof(ApnsOptions.TeamId)} must be the 10-character Apple Team ID (letters and digits).");
        }

        if (!IsAppleId(options.KeyId))
        {
            failures.Add($"{Prefix}{nameof(ApnsOptions.KeyId)} must be the 10-character Key ID of the .p8 key (letters and digits).");
        }

        if (string.IsNullOrWhiteSpace(options.Topic) || options.Topic.Any(char.IsWhiteSpace))
        {
            failures.Add($"{Prefix}{nameof(ApnsOptions.Topic)} must be the app's bundle id, e.g. com.example.authenticator.");
        }

        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("https" or "http"))
        {
            failures.Add($"{Prefix}{nameof(ApnsOptions.BaseUrl)} must be an absolute https:// URL ({ApnsOptions.ProductionUrl} or {ApnsOptions.SandboxUrl}), or http:// for a local fake.");
        }

        using (var key = ApnsSigningKey.TryLoad(options.PrivateKeyPath, out var keyError))
        {
            if (keyError is not null)
            {
                failures.Add(keyError);
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsAppleId(string? value) => value is { Length: 10 } && value.All(char.IsAsciiLetterOrDigit);
}
