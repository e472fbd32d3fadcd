using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MfaGrains.Push.Apns;
using MfaGrains.Push.Sending;

namespace MfaGrains.Push.Tests.Apns;

/// <summary>Hand-made HTTP/2 requests to the fake, to prove it refuses what Apple refuses rather than trusting our sender.</summary>
internal sealed class RawApnsClient(string baseUrl) : IDisposable
{
    // One connection, as Apple sees a provider: the per-connection token rule depends on it.
    private readonly HttpClient _http = new(new SocketsHttpHandler { EnableMultipleHttp2Connections = false });

    /// <summary>A provider JWT signed by <paramref name="key"/> at the clock's current time.</summary>
    public static string Jwt(ECDsa key, TimeProvider time, string keyId = ApnsHarness.KeyId, string teamId = ApnsHarness.TeamId)
    {
        // The token owns its key, so it gets a copy.
        var copy = ECDsa.Create(key.ExportParameters(includePrivateParameters: true));
        using var token = new ApnsProviderToken(copy, keyId, teamId, time);
        return token.Current;
    }

    /// <summary>A valid challenge push whose payload and headers a test may then spoil.</summary>
    public static ApplePush Push(string deviceToken, DateTimeOffset expiresAt, string? payload = null)
    {
        var push = ApplePush.ForChallenge(new PushMessage(deviceToken, "chl_raw", "dev_raw", "NHSmail", expiresAt), ApnsHarness.Topic);
        return payload is null ? push : push with { Payload = Encoding.UTF8.GetBytes(payload) };
    }

    public async Task<(int Status, string? Reason)> SendAsync(ApplePush push, string jwt, Action<HttpRequestMessage>? spoil = null)
    {
        using var request = push.CreateRequest(baseUrl.TrimEnd('/') + "/3/device/", jwt);
        spoil?.Invoke(request);
        using var response = await _http.SendAsync(request).WaitAsync(Deadline.Default);
        var body = await response.Content.ReadAsStringAsync();
        if (body.Length == 0)
        {
            return ((int)response.StatusCode, null);
        }

        using var error = JsonDocument.Parse(body);
        return ((int)response.StatusCode, error.RootElement.GetProperty("reason").GetString());
    }

    public void Dispose() => _http.Dispose();
}
