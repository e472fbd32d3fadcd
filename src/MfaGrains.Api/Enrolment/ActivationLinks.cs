using Microsoft.Extensions.Options;

namespace MfaGrains.Api.Enrolment;

/// <summary>Builds the activation URL and the QR payload from the configured public base URL, or in Development from the request's.</summary>
public sealed class ActivationLinks(IOptions<PublicEndpointOptions> options)
{
    private readonly string? _configured = string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) ? null : ActivationUrlOf(options.Value.PublicBaseUrl);

    public string ActivationUrl(HttpRequest request) =>
        _configured ?? ActivationUrlOf($"{request.Scheme}://{request.Host}{request.PathBase}");

    public string QrPayload(string activationCode, HttpRequest request) =>
        $"mfagrains://activate?code={activationCode}&url={Uri.EscapeDataString(ActivationUrl(request))}";

    private static string ActivationUrlOf(string baseUrl) => baseUrl.TrimEnd('/') + "/v1/devices";
}
