using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace MfaGrains.Load.Phones;

/// <summary>The signed requests an authenticator app sends (<c>/v1/devices/...</c>), built and signed, not sent.</summary>
public static class PhoneRequests
{
    /// <summary><c>POST /v1/devices</c>, signed with the new key itself.</summary>
    public static HttpRequestMessage Activate(PhoneKey key, string activationCode, string deviceName = "MfaGrains.Load phone")
    {
        var body = new JsonObject
        {
            ["activationCode"] = activationCode,
            ["publicKey"] = key.PublicJwk(),
            ["platform"] = "android",
            ["pushToken"] = null,
            ["deviceName"] = deviceName,
            ["appVersion"] = "1.0.0",
        };
        return Signed(HttpMethod.Post, "/v1/devices", null, key, body);
    }

    /// <summary><c>GET /v1/devices/{deviceId}/challenges?waitSeconds=N</c>: the pending list, held up to N seconds until one is pending.</summary>
    public static HttpRequestMessage Pending(PhoneKey key, int? waitSeconds) =>
        Signed(HttpMethod.Get, $"/v1/devices/{key.DeviceId}/challenges",
            waitSeconds is { } wait ? "waitSeconds=" + wait.ToString(CultureInfo.InvariantCulture) : null, key, null);

    /// <summary><c>POST /v1/devices/{deviceId}/challenges/{challengeId}/answer</c>.</summary>
    public static HttpRequestMessage Answer(PhoneKey key, string challengeId, string decision, string? number)
    {
        var body = new JsonObject { ["decision"] = decision };
        if (number is not null)
        {
            body["number"] = number;
        }

        return Signed(HttpMethod.Post, $"/v1/devices/{key.DeviceId}/challenges/{Uri.EscapeDataString(challengeId)}/answer", null, key, body);
    }

    private static HttpRequestMessage Signed(HttpMethod method, string path, string? query, PhoneKey key, JsonObject? json)
    {
        var request = new HttpRequestMessage(method, query is null ? path : path + "?" + query);
        byte[]? body = null;
        if (json is not null)
        {
            body = Encoding.UTF8.GetBytes(json.ToJsonString());
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        RequestSigner.Sign(request, key, path, body, DateTimeOffset.UtcNow);
        return request;
    }
}
