namespace MfaGrains.Messaging.Gateways;

/// <summary>Which gateway URLs we will send a passcode to.</summary>
internal static class GatewayUrl
{
    /// <summary>
    /// An absolute https URL, or plain http to a loopback address (a local fake or sidecar): the body carries the code, so it
    /// never crosses a network in clear text, in any environment.
    /// </summary>
    public static bool IsAcceptable(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
        && string.IsNullOrEmpty(uri.Fragment);
}
