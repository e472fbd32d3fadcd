using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MfaGrains.Client;

namespace MfaGrains.Api.Tests.Phones;

/// <summary>An authenticator app as the contract describes it: one key pair, every request signed. The raw calls answer
/// with the HTTP response, for tests that look at statuses and problems; <see cref="Client"/> is the same phone typed.</summary>
public sealed class TestPhone(HttpClient http, TimeProvider clock) : IDisposable
{
    public TestPhoneSigner Signer { get; } = new();

    public string DeviceId => Signer.DeviceId;

    /// <summary>The client library's phone with this key and clock.</summary>
    public MfaPhoneClient Client => new(http, Signer.Key, clock);

    /// <summary>The JSON body of an activation, with this phone's public key.</summary>
    public JsonObject ActivationBody(string activationCode, string platform = "android", string? pushToken = null) => new()
    {
        ["activationCode"] = activationCode,
        ["publicKey"] = new JsonObject { ["kty"] = Signer.Key.PublicKey.Kty, ["crv"] = Signer.Key.PublicKey.Crv, ["x"] = Signer.PublicKeyX, ["y"] = Signer.PublicKeyY },
        ["platform"] = platform,
        ["pushToken"] = pushToken,
        ["deviceName"] = "Pixel 8",
        ["appVersion"] = "1.0.0",
    };

    public Task<HttpResponseMessage> Activate(string activationCode, string platform = "android", string? pushToken = null) =>
        Send(HttpMethod.Post, "/v1/devices", ActivationBody(activationCode, platform, pushToken).ToJsonString());

    public Task<HttpResponseMessage> GetPending(int? waitSeconds = null, CancellationToken cancellationToken = default) =>
        Send(HttpMethod.Get, $"/v1/devices/{DeviceId}/challenges" + (waitSeconds is null ? "" : $"?waitSeconds={waitSeconds}"), null, cancellationToken: cancellationToken);

    public Task<HttpResponseMessage> Answer(string challengeId, string decision, string? number = null)
    {
        var body = new JsonObject { ["decision"] = decision };
        if (number is not null)
        {
            body["number"] = number;
        }

        return Send(HttpMethod.Post, $"/v1/devices/{DeviceId}/challenges/{challengeId}/answer", body.ToJsonString());
    }

    public Task<HttpResponseMessage> UpdatePushToken(string? pushToken) =>
        Send(HttpMethod.Put, $"/v1/devices/{DeviceId}/push-token", new JsonObject { ["pushToken"] = pushToken }.ToJsonString());

    public Task<HttpResponseMessage> Remove() => Send(HttpMethod.Delete, $"/v1/devices/{DeviceId}", null);

    /// <summary>Sends a signed request; <paramref name="signedAt"/> overrides the signature's created time.</summary>
    public async Task<HttpResponseMessage> Send(
        HttpMethod method, string pathAndQuery, string? json, DateTimeOffset? signedAt = null, TestPhoneSigner? signWith = null,
        CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(method, pathAndQuery);
        var body = json is null ? null : Encoding.UTF8.GetBytes(json);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        (signWith ?? Signer).Sign(request, body, signedAt ?? clock.GetUtcNow());
        return await http.SendAsync(request, cancellationToken);
    }

    public void Dispose() => Signer.Dispose();

    public static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
