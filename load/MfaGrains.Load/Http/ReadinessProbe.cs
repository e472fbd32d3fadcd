using System.Net;

namespace MfaGrains.Load.Http;

/// <summary>Polls <c>GET /health/ready</c> on every target until each has answered 200, or fails once the deadline passes.</summary>
public sealed class ReadinessProbe(IReadOnlyList<HttpClient> targets, TimeProvider clock, TimeSpan pollInterval)
{
    public const string Path = "/health/ready";

    /// <summary>Returns once every target is ready; throws <see cref="InvalidOperationException"/> (exit 2) naming the laggards after <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = clock.GetUtcNow() + timeout;
        var waiting = new Dictionary<HttpClient, string>();
        foreach (var target in targets)
        {
            waiting[target] = "not asked yet";
        }

        while (true)
        {
            foreach (var target in waiting.Keys.ToList())
            {
                var problem = await ProbeAsync(target, cancellationToken);
                if (problem is null)
                {
                    waiting.Remove(target);
                }
                else
                {
                    waiting[target] = problem;
                }
            }

            if (waiting.Count == 0)
            {
                return;
            }

            if (clock.GetUtcNow() >= deadline)
            {
                var laggards = string.Join("; ", waiting.Select(pair => $"{pair.Key.BaseAddress}: {pair.Value}"));
                throw new InvalidOperationException($"not ready within {timeout.TotalSeconds:0.#} s ({Path} must answer 200): {laggards}");
            }

            await Task.Delay(pollInterval, clock, cancellationToken);
        }
    }

    /// <summary>Null when the target answered 200; otherwise what it said, for the error message.</summary>
    private static async Task<string?> ProbeAsync(HttpClient target, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await target.GetAsync(Path, cancellationToken);
            return response.StatusCode == HttpStatusCode.OK ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (HttpRequestException exception)
        {
            return exception.Message;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "no answer within the request timeout";
        }
    }
}
