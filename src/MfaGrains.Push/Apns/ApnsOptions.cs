namespace MfaGrains.Push.Apns;

/// <summary>Settings for Apple push with token (.p8) authentication, bound from <c>Push:Apns</c>.</summary>
public sealed class ApnsOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string Section = "Push:Apns";

    /// <summary>Apple's production host, for TestFlight and App Store builds.</summary>
    public const string ProductionUrl = "https://api.push.apple.com";

    /// <summary>Apple's sandbox host, for Xcode (development) builds; their device tokens fail in production and vice versa.</summary>
    public const string SandboxUrl = "https://api.sandbox.push.apple.com";

    /// <summary>The 10-character Apple Developer Team ID; the provider token's <c>iss</c>.</summary>
    public string? TeamId { get; set; }

    /// <summary>The 10-character Key ID of the .p8 key; the provider token's <c>kid</c>.</summary>
    public string? KeyId { get; set; }

    /// <summary>Path of the .p8 file Apple issued (a PKCS#8 PEM holding a P-256 private key).</summary>
    public string? PrivateKeyPath { get; set; }

    /// <summary>The app's bundle id, sent as <c>apns-topic</c>.</summary>
    public string? Topic { get; set; }

    /// <summary>
    /// Where pushes go: <see cref="ProductionUrl"/> (default) or <see cref="SandboxUrl"/>. An <c>http://</c> URL speaks
    /// HTTP/2 without TLS (prior knowledge), so a loopback fake can stand in for Apple.
    /// </summary>
    public string BaseUrl { get; set; } = ProductionUrl;
}
