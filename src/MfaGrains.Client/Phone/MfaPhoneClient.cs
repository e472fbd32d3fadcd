using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MfaGrains.Client.Http;
using MfaGrains.Client.Json;
using MfaGrains.Client.Signing;

namespace MfaGrains.Client;

/// <summary>
/// An authenticator app's side of the contract (<c>/v1/devices/…</c>), every request signed with the device key.
/// The <see cref="HttpClient"/> needs a <see cref="HttpClient.BaseAddress"/>; a refusal throws <see cref="MfaProblemException"/>.
/// </summary>
public sealed class MfaPhoneClient
{
    private readonly MfaHttp http;
    private readonly RequestSigner signer;
    private readonly string devicePath;

    /// <param name="clock">The clock of the signatures' <c>created</c>; the system clock by default.</param>
    public MfaPhoneClient(HttpClient http, DeviceKey key, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        this.http = new MfaHttp(http, clock);
        signer = new RequestSigner(key, clock);
        devicePath = "v1/devices/" + key.DeviceId;
    }

    public DeviceKey Key => signer.Key;

    /// <summary>The client the requests go through.</summary>
    public HttpClient Http => http.Client;

    /// <summary>The contract's <c>deviceId</c>, known before activation.</summary>
    public string DeviceId => signer.Key.DeviceId;

    /// <summary><c>POST /v1/devices</c>: activates the key with the 9-digit code; the answer carries the TOTP seed, once.</summary>
    public Task<ActivatedDevice> ActivateAsync(
        string activationCode, DevicePlatform platform = DevicePlatform.Android, string? pushToken = null,
        string? deviceName = null, string? appVersion = null, CancellationToken cancellationToken = default) =>
        http.SendAsync(
            Signed(HttpMethod.Post, "v1/devices", new ActivationRequest(activationCode, Key.PublicKey, platform, pushToken, deviceName, appVersion), ClientJson.Default.ActivationRequest),
            ClientJson.Default.ActivatedDevice, cancellationToken);

    /// <summary><c>GET /v1/devices/{deviceId}/challenges</c>: the pending challenges, newest first.</summary>
    public Task<IReadOnlyList<PendingChallenge>> GetPendingAsync(CancellationToken cancellationToken = default) =>
        http.SendAsync(Signed(HttpMethod.Get, devicePath + "/challenges"), ClientJson.Default.IReadOnlyListPendingChallenge, cancellationToken);

    /// <summary>The long-poll: answers as soon as a challenge is pending, or empty after <paramref name="wait"/> (whole seconds, 0-30).</summary>
    public Task<IReadOnlyList<PendingChallenge>> WaitForPendingAsync(TimeSpan wait, CancellationToken cancellationToken = default) =>
        http.SendAsync(
            Signed(HttpMethod.Get, devicePath + "/challenges?waitSeconds=" + WaitSeconds.Format(wait)),
            ClientJson.Default.IReadOnlyListPendingChallenge, cancellationToken);

    /// <summary><c>POST …/challenges/{challengeId}/answer</c>: approve (with the number the portal shows), deny or report.</summary>
    public Task<AnswerResult> AnswerAsync(string challengeId, AnswerDecision decision, string? number = null, CancellationToken cancellationToken = default) =>
        http.SendAsync(
            Signed(HttpMethod.Post, devicePath + "/challenges/" + Uri.EscapeDataString(challengeId) + "/answer", new AnswerRequest(decision, number), ClientJson.Default.AnswerRequest),
            ClientJson.Default.AnswerResult, cancellationToken);

    /// <summary>Approves with the number the person read off the portal.</summary>
    public Task<AnswerResult> ApproveAsync(string challengeId, string number, CancellationToken cancellationToken = default) =>
        AnswerAsync(challengeId, AnswerDecision.Approve, number, cancellationToken);

    /// <summary><c>PUT /v1/devices/{deviceId}/push-token</c>; null switches the device to pull only.</summary>
    public Task UpdatePushTokenAsync(string? pushToken, CancellationToken cancellationToken = default) =>
        http.SendAsync(Signed(HttpMethod.Put, devicePath + "/push-token", new PushTokenRequest(pushToken), ClientJson.Default.PushTokenRequest), cancellationToken);

    /// <summary><c>DELETE /v1/devices/{deviceId}</c>: the app removes the account; its pending challenges end.</summary>
    public Task RemoveAsync(CancellationToken cancellationToken = default) =>
        http.SendAsync(Signed(HttpMethod.Delete, devicePath), cancellationToken);

    private HttpRequestMessage Signed(HttpMethod method, string relative)
    {
        var request = new HttpRequestMessage(method, Resolve(relative));
        signer.Sign(request, []);
        return request;
    }

    private HttpRequestMessage Signed<T>(HttpMethod method, string relative, T body, JsonTypeInfo<T> type)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, type);
        var request = new HttpRequestMessage(method, Resolve(relative)) { Content = MfaHttp.JsonContent(bytes) };
        signer.Sign(request, bytes);
        return request;
    }

    /// <summary>Absolute, so the signed <c>@path</c> is the path actually sent, base path included.</summary>
    private Uri Resolve(string relative) =>
        http.Client.BaseAddress is { } baseAddress ? new Uri(baseAddress, relative) : new Uri("/" + relative, UriKind.Relative);
}
