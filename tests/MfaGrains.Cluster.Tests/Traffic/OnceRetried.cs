namespace MfaGrains.Cluster.Tests.Traffic;

/// <summary>
/// Sends one step the way a careful portal (or phone) does: a 5xx, transport error or timeout is retried once after
/// a short back-off; anything else is the answer. Every attempt goes to the log.
/// </summary>
internal sealed class OnceRetried(AttemptLog log)
{
    /// <summary>About the time the cluster takes to declare a killed silo dead (3-4 s with our membership settings),
    /// so a retry of a call that hit the dead silo lands once the grain can be activated elsewhere.</summary>
    public static readonly TimeSpan Backoff = TimeSpan.FromSeconds(3);

    /// <summary>The last attempt's response (the caller disposes it), or null when both attempts were transport errors.</summary>
    public async Task<HttpResponseMessage?> SendAsync(string step, int api, Func<Task<HttpResponseMessage>> send)
    {
        for (var attempt = 1; ; attempt++)
        {
            var started = log.Clock.Elapsed;
            HttpResponseMessage? response = null;
            string? error = null;
            try
            {
                response = await send();
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                error = ex.GetType().Name;
            }

            var record = new Attempt(step, api, response is null ? null : (int)response.StatusCode, error, started, log.Clock.Elapsed);
            log.Add(record);
            if (!record.IsFault || attempt == 2)
            {
                return response;
            }

            response?.Dispose();
            await Task.Delay(Backoff);
        }
    }
}
