using System.Net;
using MfaGrains.Push.Sending;
using Microsoft.Extensions.Logging;

namespace MfaGrains.Push.Apns;

/// <summary>Makes one HTTP/2 exchange with APNs per call, turned into a <see cref="PushResult"/>. Only the caller's cancellation escapes as an exception.</summary>
internal sealed class ApnsAttempt(HttpClient http, string deviceUrlPrefix, TimeProvider time, ILogger logger)
{
    public const string TransportError = "TransportError";
    public const string Timeout = "Timeout";
    public const string Http2Required = "Http2Required";

    public async Task<PushResult> SendAsync(ApplePush push, string challengeId, string providerToken, CancellationToken cancellationToken)
    {
        using var request = push.CreateRequest(deviceUrlPrefix, providerToken);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            return await ReadAsync(push, challengeId, response, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (HttpRequestException e) when (e.HttpRequestError == HttpRequestError.VersionNegotiationError)
        {
            // The server will not speak HTTP/2: a wrong BaseUrl, which no retry fixes.
            return TransportFailure(e, challengeId, Http2Required, PushOutcome.Fatal);
        }
        catch (HttpRequestException e)
        {
            // Refused, reset or GOAWAY before an answer: Apple may or may not have the push; a retry keeps the same apns-id.
            return TransportFailure(e, challengeId, TransportError, PushOutcome.Retryable);
        }
        catch (OperationCanceledException e)
        {
            // HttpClient.Timeout, not the caller: a slow Apple is a passing fault.
            return TransportFailure(e, challengeId, Timeout, PushOutcome.Retryable);
        }
    }

    private async Task<PushResult> ReadAsync(ApplePush push, string challengeId, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var apnsId = response.Headers.TryGetValues("apns-id", out var ids) ? ids.FirstOrDefault() : null;
        if (response.StatusCode == HttpStatusCode.OK)
        {
            if (logger.IsEnabled(LogLevel.Debug))
            {
                ApnsLog.Accepted(logger, apnsId, challengeId, push.TokenTag);
            }

            return PushResult.Delivered(status, apnsId);
        }

        var error = ApnsErrorBody.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken));
        var outcome = ApnsReasons.Classify(status, error.Reason);
        var level = LevelOf(outcome);
        ApnsLog.Rejected(logger, level, status, error.Reason, challengeId, push.TokenTag, outcome);
        if (error.Timestamp is { } invalidSince)
        {
            ApnsLog.UnregisteredSince(logger, push.TokenTag, invalidSince);
        }

        return new PushResult(outcome, status, error.Reason, apnsId, RetryAfter(response));
    }

    private static LogLevel LevelOf(PushOutcome outcome) => outcome switch
    {
        // An uninstalled app is everyday news; a fault we cannot retry needs a person.
        PushOutcome.DropToken => LogLevel.Information,
        PushOutcome.Retryable => LogLevel.Warning,
        _ => LogLevel.Error,
    };

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private PushResult TransportFailure(Exception exception, string challengeId, string reason, PushOutcome outcome)
    {
        ApnsLog.TransportFailed(logger, exception, challengeId, reason, outcome);
        return new PushResult(outcome, null, reason, null, null);
    }
}
