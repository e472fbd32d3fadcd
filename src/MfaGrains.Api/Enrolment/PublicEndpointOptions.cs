using System.ComponentModel.DataAnnotations;

namespace MfaGrains.Api.Enrolment;

/// <summary>Where phones reach this engine; bound from <c>Mfa:Public</c>.</summary>
public sealed class PublicEndpointOptions
{
    public const string Section = "Mfa:Public";

    /// <summary>
    /// The public base URL phones use (e.g. <c>https://mfa.example</c>); activation URLs and QR codes are built from it.
    /// Required outside Development; unset in Development, it is the base URL the portal's own request came to, so
    /// <c>--urls</c> on another port still gives phones a URL that works.
    /// </summary>
    [Url]
    public string? PublicBaseUrl { get; set; }
}
