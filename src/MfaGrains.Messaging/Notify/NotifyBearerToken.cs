using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace MfaGrains.Messaging.Notify;

/// <summary>
/// Notify's request JWT: HS256 over <c>{"iss": service id, "iat": now}</c> with the key's secret. Notify refuses a token whose
/// <c>iat</c> is more than 30 seconds from its clock, so one is made for every send rather than cached.
/// </summary>
internal sealed class NotifyBearerToken(NotifyApiKey key, TimeProvider time)
{
    private static readonly string EncodedHeader = Encode("""{"typ":"JWT","alg":"HS256"}""");

    public string Create()
    {
        var iat = time.GetUtcNow().ToUnixTimeSeconds();
        var signingInput = $$"""{{EncodedHeader}}.{{Encode($$"""{"iss":"{{key.ServiceId}}","iat":{{iat}}}""")}}""";
        var signature = HMACSHA256.HashData(key.Secret, Encoding.ASCII.GetBytes(signingInput));
        return $"{signingInput}.{Base64Url.EncodeToString(signature)}";
    }

    private static string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
