using Microsoft.Extensions.Options;

namespace MfaGrains.Push.Fcm;

/// <summary>Checks <see cref="FcmOptions"/> at start-up: a valid base URL and a readable, well-formed service-account file with a usable key.</summary>
internal sealed class FcmOptionsValidator : IValidateOptions<FcmOptions>
{
    public ValidateOptionsResult Validate(string? name, FcmOptions options)
    {
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Skip;
        }

        List<string> failures = [];
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("https" or "http"))
        {
            failures.Add($"{FcmOptions.SectionName}:{nameof(FcmOptions.BaseUrl)} must be an absolute http(s) URL.");
        }

        // Builds the credential too, so an unusable private key fails here rather than at the first sign-in.
        if (!FcmServiceAccountReader.TryRead(options.ServiceAccountJsonPath!, out _, out var error))
        {
            failures.Add(error);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
