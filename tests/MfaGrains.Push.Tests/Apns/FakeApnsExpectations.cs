using System.Security.Cryptography;

namespace MfaGrains.Push.Tests.Apns;

/// <summary>What the fake APNs holds true of every request: the team, the key, the public half that verifies the JWT, the topic.</summary>
internal sealed record FakeApnsExpectations(string TeamId, string KeyId, ECDsa PublicKey, string Topic);
