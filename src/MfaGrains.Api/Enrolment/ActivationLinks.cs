using Microsoft.Extensions.Options;

namespace MfaGrains.Api.Enrolment;

/// <summary>Builds the activation URL and the QR payload from the configured public base URL.</summary>
public sealed class ActivationLinks(IOptions<PublicEndpointOptions> options)
{
    public string ActivationUrl { get; } = options.Value.PublicBaseUrl.TrimEnd('/') + "/v1/devices";

    public string QrPayload(string activationCode) =>
        $"mfagrains://activate?code={activationCode}&url={Uri.EscapeDataString(ActivationUrl)}";
}
