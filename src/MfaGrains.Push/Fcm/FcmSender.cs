using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Google.Apis.Auth.OAuth2.Responses;
using MfaGrains.Push.Sending;
using Microsoft.Extensions.Logging;

namespace MfaGrains.Push.Fcm;

/// <summary>Sends data-only challenge pushes through FCM HTTP v1 (<c>messages:send</c>), like FirebaseAdmin's <c>FirebaseMessaging.SendAsync</c>.</summary>
public sealed class FcmSender : IPushSender
{
    /// <summary>The IHttpClientFactory name of the client the sender uses.</summary>
    public const string HttpClientName = "MfaGrains.Push.Fcm";

    /// <summary>The <see cref="PushResult.Reason"/> when the challenge expired before anything was sent.</summary>
    public const string ExpiredReason = "EXPIRED";

    /// <summary>The <see cref="PushResult.Reason"/> when FCM could not be reached or did not answer in time.</summary>
    public const string TransportReason = "TRANSPORT";

    /// <summary>The <see cref="PushResult.Reason"/> when no access token could be obtained for a passing reason.</summary>
    public const string AccessTokenUnavailableReason = "ACCESS_TOKEN_UNAVAILABLE";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly FcmAccessTokenSource _accessTokens;
    private readonly Uri _sendUri;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    internal FcmSender(IHttpClientFactory httpClientFactory, FcmAccessTokenSource accessTokens, Uri sendUri, TimeProvider timeProvider, ILogger<FcmSender> logger)
    {
        _httpClientFactory = httpClientFactory;
        _accessTokens = accessTokens;
        _sendUri = sendUri;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <inheritdoc />
    public PushProvider Provider => PushProvider.Fcm;

    /// <inheritdoc />
    public async Task<PushResult> SendAsync(PushMessage message, CancellationToken cancellationToken)
    {
        if (IsExpired(message))
        {
            return Expired(message);
        }

        string accessToken;
        try
        {
            accessToken = await _accessTokens.GetAsync(cancellationToken);
        }
        catch (Exception ex) when (!IsCallerCancellation(ex, cancellationToken))
        {
            return AccessTokenFailure(message, ex);
        }

        var (result, accessTokenRejected) = await PostAsync(message, accessToken, cancellationToken);
        if (!accessTokenRejected)
        {
            return result;
        }

        // A 401 without FcmError detail means our access token was refused (revoked, clock skew): renew it and try once more.
        _logger.AccessTokenRejected(message.ChallengeId);
        try
        {
            accessToken = await _accessTokens.RefreshAsync(accessToken, cancellationToken);
        }
        catch (Exception ex) when (!IsCallerCancellation(ex, cancellationToken))
        {
            return AccessTokenFailure(message, ex);
        }

        (result, _) = await PostAsync(message, accessToken, cancellationToken, lastAttempt: true);
        return result;
    }

    private async Task<(PushResult Result, bool AccessTokenRejected)> PostAsync(
        PushMessage message, string accessToken, CancellationToken cancellationToken, bool lastAttempt = false)
    {
        // The ttl is computed per attempt, so a retry never asks FCM to keep the push past the challenge's expiry.
        var remaining = message.ExpiresAt - _timeProvider.GetUtcNow();
        if (remaining <= TimeSpan.Zero)
        {
            return (Expired(message), false);
        }

        using var request = CreateRequest(FcmMessageFactory.Create(message, remaining), accessToken);
        try
        {
            using var response = await _httpClientFactory.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                var sent = await ReadJsonAsync(response, FcmJsonContext.Default.FcmSendResponse, cancellationToken);
                _logger.Delivered(message.ChallengeId, message.DeviceId, sent?.Name);
                return (PushResult.Delivered((int)response.StatusCode, sent?.Name), false);
            }

            var error = (await ReadJsonAsync(response, FcmJsonContext.Default.FcmErrorResponse, cancellationToken))?.Error;
            if (response.StatusCode == HttpStatusCode.Unauthorized && error?.FcmErrorCode is null && !lastAttempt)
            {
                return (new PushResult(PushOutcome.Fatal, 401, error?.Status ?? "UNAUTHENTICATED", null, null), true);
            }

            var (outcome, reason) = FcmErrorClassifier.Classify(response.StatusCode, error);
            _logger.Refused(message.ChallengeId, message.DeviceId, (int)response.StatusCode, reason, outcome);
            var retryAfter = FcmRetryAfter.Read(response.Headers, _timeProvider.GetUtcNow());
            return (new PushResult(outcome, (int)response.StatusCode, reason, null, retryAfter), false);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException
                                   || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Connection failures and HttpClient's own timeout are passing faults; the caller's cancellation is not caught.
            _logger.TransportFailed(message.ChallengeId, message.DeviceId, ex);
            return (new PushResult(PushOutcome.Retryable, null, TransportReason, null, null), false);
        }
    }

    private HttpRequestMessage CreateRequest(FcmSendRequest body, string accessToken)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, FcmJsonContext.Default.FcmSendRequest));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var request = new HttpRequestMessage(HttpMethod.Post, _sendUri)
        {
            // HTTP/2 multiplexing where the server offers it (fcm.googleapis.com does); plain HTTP/1.1 against an http:// fake.
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
            Content = content,
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return request;
    }

    private static async Task<T?> ReadJsonAsync<T>(HttpResponseMessage response, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync(await response.Content.ReadAsStreamAsync(cancellationToken), typeInfo, cancellationToken);
        }
        catch (JsonException)
        {
            // A proxy's HTML error page, an empty body: classify by the HTTP status alone.
            return null;
        }
    }

    private bool IsExpired(PushMessage message) => message.ExpiresAt <= _timeProvider.GetUtcNow();

    private PushResult Expired(PushMessage message)
    {
        _logger.Expired(message.ChallengeId);
        return new PushResult(PushOutcome.Fatal, null, ExpiredReason, null, null);
    }

    private PushResult AccessTokenFailure(PushMessage message, Exception exception)
    {
        // The token endpoint refusing our assertion (invalid_grant, a deleted key) is configuration; anything else may pass.
        var (outcome, reason) = exception is TokenResponseException { StatusCode: { } status } refused
                                && (int)status is >= 400 and < 500 && status != HttpStatusCode.TooManyRequests
            ? (PushOutcome.Fatal, refused.Error?.Error ?? AccessTokenUnavailableReason)
            : (PushOutcome.Retryable, AccessTokenUnavailableReason);
        _logger.AccessTokenUnavailable(message.ChallengeId, reason, outcome, exception);
        return new PushResult(outcome, null, reason, null, null);
    }

    private static bool IsCallerCancellation(Exception exception, CancellationToken cancellationToken) =>
        exception is OperationCanceledException && cancellationToken.IsCancellationRequested;
}
