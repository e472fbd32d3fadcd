using System.Text;

namespace MfaGrains.Api.Tests.Fuzz;

/// <summary>The odd and hostile spellings a fuzz case picks from.</summary>
internal static class FuzzPools
{
    public const string Sentinel = "{sentinel}";
    public const string Fresh = "{fresh}";

    /// <summary>User-id segments, already percent-encoded as they go on the wire.</summary>
    /// <remarks>No escaped NUL or line break in a path: Kestrel refuses those itself with a bare 400, before the application (docs/api.md).</remarks>
    public static readonly string[] Users =
    [
        Fresh, Sentinel, "%2F", "a%2Fb", "a%252Fb", "%C0%AF", "%FF%FE", "%E2%80%8Bkate", "..", "%2e%2e", ".", "%20", "%C2%A0",
        "%7B%7D", "jane%7B0%7D", new string('x', 300), "%E2%84%AAate", "%EF%BD%8Bate", "a%2F..%2Fb", "%G1", "%", "e%CC%81",
        "%E2%80%AEevil", "jane%23x", "jane%3Fx",
    ];

    /// <summary>Enrolment, challenge, TOTP and device id segments.</summary>
    public static readonly string[] Ids =
    [
        "enr_AAAAAAAAAAAAAAAAAAAAAA", "chl_AAAAAAAAAAAAAAAAAAAAAA", "totp_AAAAAAAAAAAAAAAAAAAAAA", "{device}", "{sentinel-device}",
        "..", "%2e", new string('d', 4000), "%2F", "%FF", "0", "-1",
    ];

    public static readonly string[] ContentTypes =
    [
        "application/json", "application/json; charset=utf-8", "application/json; charset=\"utf-8\"", "application/json; charset=bogus",
        "application/json; charset=utf-16", "text/plain", "", "application/problem+json", ";;;", "application/x-www-form-urlencoded",
        "APPLICATION/JSON", "application/json; charset=",
    ];

    public static readonly string[] Auths = ["{right}", "Bearer wrong-key", "", "Bearer", "Basic b3BlcmF0b3I6d3Jvbmc=", "Bearer {right} ", "bearer {right}"];

    public static readonly string[] Methods = ["{route}", "{route-lower}", "PATCH", "FOO", "OPTIONS"];

    public static readonly string[] Signatures = ["valid", "none", "garbled", "duplicated", "stale", "future", "other-key", "two-signatures", "no-keyid"];

    public static readonly string[] Numbers = ["0", "1", "30", "-1", "31", "abc", "1e3", "", "99999999999", "%FF"];

    public static readonly string[] Formats = ["svg", "png", "pdf", "", "SVG"];

    /// <summary>Bodies; <c>{jwk}</c> is replaced with the signing phone's public key.</summary>
    public static readonly byte[][] Bodies =
    [
        "{}"u8.ToArray(),
        "{"u8.ToArray(),
        "[1,2]"u8.ToArray(),
        "null"u8.ToArray(),
        "\"text\""u8.ToArray(),
        """{"a":1,"a":2}"""u8.ToArray(),
        """{"code":123456}"""u8.ToArray(),
        """{"code":"123456"}"""u8.ToArray(),
        """{"decision":"approve","number":47}"""u8.ToArray(),
        """{"decision":"approve","number":"47","Decision":"deny"}"""u8.ToArray(),
        """{"decision":"maybe"}"""u8.ToArray(),
        [0x7B, 0x22, 0x63, 0x6F, 0x64, 0x65, 0x22, 0x3A, 0x22, 0xFF, 0xFE, 0x22, 0x7D],
        Encoding.UTF8.GetBytes("{\"deviceLabel\":\"" + new string('a', 17 * 1024) + "\"}"),
        [],
        Encoding.UTF8.GetBytes(new string('[', 2000) + new string(']', 2000)),
        """{"phoneNumber":"+449098790123"}"""u8.ToArray(),
        """{"phoneNumber":"+447700900123","PhoneNumber":"+33612345678"}"""u8.ToArray(),
        """{"channel":"sms"}"""u8.ToArray(),
        """{"channel":"fax"}"""u8.ToArray(),
        """{"pushToken":null}"""u8.ToArray(),
        """{"pushToken":""}"""u8.ToArray(),
        """{"context":{"application":"NHSmail","location":"Leeds"}}"""u8.ToArray(),
        """{"context":"NHSmail"}"""u8.ToArray(),
        """{"activationCode":"123456789","publicKey":{jwk},"platform":"android"}"""u8.ToArray(),
        """{"activationCode":"123456789","publicKey":{jwk},"PublicKey":{jwk},"platform":"ios"}"""u8.ToArray(),
        """{"activationCode":123456789,"publicKey":{"kty":"RSA"},"platform":"android"}"""u8.ToArray(),
        """{"activationCode":"12345678\u0000","publicKey":{jwk},"platform":"windows"}"""u8.ToArray(),
    ];
}
