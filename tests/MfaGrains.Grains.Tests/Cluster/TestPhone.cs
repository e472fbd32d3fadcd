using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace MfaGrains.Grains.Tests.Cluster;

/// <summary>A phone's P-256 key pair; its device id is the RFC 7638 thumbprint of the public key, as the contract says.</summary>
internal sealed class TestPhone
{
    public TestPhone(DevicePlatform platform = DevicePlatform.Android, string? pushToken = "push-token", string name = "Pixel 8")
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var point = key.ExportParameters(includePrivateParameters: false).Q;
        PublicKey = new DevicePublicKey(Base64Url.EncodeToString(point.X), Base64Url.EncodeToString(point.Y));
        var jwk = $$"""{"crv":"P-256","kty":"EC","x":"{{PublicKey.X}}","y":"{{PublicKey.Y}}"}""";
        DeviceId = Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(jwk)));
        Platform = platform;
        PushToken = pushToken;
        Name = name;
    }

    public string DeviceId { get; }

    public DevicePublicKey PublicKey { get; }

    public DevicePlatform Platform { get; }

    public string? PushToken { get; }

    public string Name { get; }

    public ActivationRequest Activation(string enrolmentId, string activationCode) =>
        new(enrolmentId, activationCode, DeviceId, PublicKey, Platform, PushToken, Name, "1.0.0");

    public ChallengeAnswer Approve(string challengeId, string number) => new(DeviceId, challengeId, AnswerDecision.Approve, number);

    public ChallengeAnswer Deny(string challengeId) => new(DeviceId, challengeId, AnswerDecision.Deny, null);

    public ChallengeAnswer Report(string challengeId) => new(DeviceId, challengeId, AnswerDecision.Report, null);
}
