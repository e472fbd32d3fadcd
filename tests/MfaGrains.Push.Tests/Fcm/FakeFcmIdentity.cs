using System.Security.Cryptography;

namespace MfaGrains.Push.Tests.Fcm;

/// <summary>What the fake knows about the one service account it serves: the project, the issuer, the key id and the public key.</summary>
internal sealed record FakeFcmIdentity(string ProjectId, string ClientEmail, string KeyId, RSAParameters PublicKey)
{
    public static FakeFcmIdentity Of(TestServiceAccount account) => new(account.ProjectId, account.ClientEmail, account.KeyId, account.PublicKey);
}
