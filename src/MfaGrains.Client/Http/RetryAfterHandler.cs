using System.Net;

namespace MfaGrains.Client.Http;

/// <summary>
/// Honours the engine's 503 + <c>Retry-After</c> (a silo died or a gateway was busy, so the request may not have happened):
/// waits the delay and sends an idempotent request again. Refusals with <c>Retry-After</c> that name a limit (429, 423)
/// are the caller's to handle, since a person is waiting; they surface on <see cref="MfaProblemException.RetryAfter"/>.
/// </summary>
public sealed class RetryAfterHandler(TimeProvider clock, int maxRetries = 2, TimeSpan? maxDelay = null) : DelegatingHandler
{
    private readonly TimeSpan maxDelay = maxDelay ?? TimeSpan.FromSeconds(10);

    /// <summary>A handler with the system clock, two retries and delays up to ten seconds.</summary>
    public RetryAfterHandler()
        : this(TimeProvider.System)
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        for (var retry = 0; retry < maxRetries && ShouldRetry(request, response, out var delay); retry++)
        {
            response.Dispose();
            await Task.Delay(delay, clock, cancellationToken);
            response = await base.SendAsync(request, cancellationToken);
        }

        return response;
    }

    private bool ShouldRetry(HttpRequestMessage request, HttpResponseMessage response, out TimeSpan delay)
    {
        delay = RetryAfterHeader.Read(response.Headers, clock) ?? TimeSpan.Zero;
        return response.StatusCode == HttpStatusCode.ServiceUnavailable
            && response.Headers.RetryAfter is not null
            && delay <= maxDelay
            && (request.Method == HttpMethod.Get || request.Method == HttpMethod.Put || request.Method == HttpMethod.Delete);
    }
}
