using Microsoft.Extensions.Options;

namespace MfaGrains.Api.Enrolment;

/// <summary>Requires <c>Mfa:Public:PublicBaseUrl</c> outside Development, where the request's own address may be an internal one.</summary>
internal sealed class PublicEndpointOptionsValidator(IHostEnvironment environment) : IValidateOptions<PublicEndpointOptions>
{
    public ValidateOptionsResult Validate(string? name, PublicEndpointOptions options) =>
        string.IsNullOrWhiteSpace(options.PublicBaseUrl) && !environment.IsDevelopment()
            ? ValidateOptionsResult.Fail(
                $"{PublicEndpointOptions.Section}:PublicBaseUrl is required outside Development: the URL phones reach this engine at, e.g. https://mfa.example.")
            : ValidateOptionsResult.Success;
}
