using System.Text;
using MfaGrains.Messaging.Webhook;

namespace MfaGrains.Messaging.Tests.Webhook;

/// <summary>The documented signature scheme, pinned to a known answer so gateways can check their implementation against it.</summary>
public sealed class WebhookSignatureTests
{
    [Fact]
    public void Signature_is_lowercase_hex_hmac_sha256_of_timestamp_dot_body()
    {
        // Known answer: printf '1748856600.{"code":"428613"}' | openssl dgst -sha256 -hmac 'kq3V9x7RrT2mWc8pYz4Ls6Nd1Hf5Jb0G'
        var signature = WebhookSignature.Compute(Encoding.UTF8.GetBytes("kq3V9x7RrT2mWc8pYz4Ls6Nd1Hf5Jb0G"), 1748856600, """{"code":"428613"}"""u8);

        Assert.Equal("sha256=" + KnownAnswer, signature);
    }

    private const string KnownAnswer = "104ae0b95390562011700ebf9073d17bd06f1ed2b63ac3543ffaa966fd036e24";
}
