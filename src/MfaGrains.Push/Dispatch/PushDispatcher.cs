using MfaGrains.Push.Sending;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MfaGrains.Push.Dispatch;

/// <summary>
/// Sends queued pushes off the path that issues challenges, in one <see cref="PushLane"/> per provider: bounded concurrency,
/// a send-rate limit, and first attempts always before retries. Retries honour Retry-After or back off exponentially, and
/// never outlive the challenge.
/// </summary>
public sealed partial class PushDispatcher : BackgroundService, IPushQueue
{
    private readonly Dictionary<PushProvider, PushLane> _lanes;
    private readonly IPushDeliveryReporter _reporter;
    private readonly PushDispatchOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<PushDispatcher> _logger;
    private readonly PushMetrics? _metrics;

    public PushDispatcher(
        IEnumerable<IPushSender> senders, IPushDeliveryReporter reporter, IOptions<PushDispatchOptions> options, TimeProvider clock, ILogger<PushDispatcher> logger,
        PushMetrics? metrics = null)
    {
        _options = options.Value;
        _lanes = senders.ToDictionary(s => s.Provider, s => new PushLane(s, _options, clock));
        _reporter = reporter;
        _clock = clock;
        _logger = logger;
        _metrics = metrics;
        _metrics?.ObserveQueue(() => _lanes.Values.Sum(lane => lane.Jobs.FirstAttempts));
    }

    /// <summary>Retries whose delay has passed and that wait for a send slot or a rate permit.</summary>
    internal int RetryBacklog => _lanes.Values.Sum(lane => lane.Jobs.Retries);

    public void Enqueue(PushJob job)
    {
        if (!_lanes.TryGetValue(job.Provider, out var lane))
        {
            _ = ReportAsync(new PushDelivery(job, Sent: false, "provider_not_configured", TokenIsDead: false), CancellationToken.None);
        }
        else if (!lane.Jobs.TryAddFirstAttempt(job))
        {
            _ = ReportAsync(new PushDelivery(job, Sent: false, "queue_full", TokenIsDead: false), CancellationToken.None);
        }
    }

    public override void Dispose()
    {
        foreach (var lane in _lanes.Values)
        {
            lane.Dispose();
        }

        base.Dispose();
    }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Here rather than in ExecuteAsync, which .NET 10 runs on the thread pool: the warning is out before the host reports started.
        if (_lanes.Count == 0)
        {
            LogNoProvider(_logger);
        }

        return base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_lanes.Values.Select(lane => lane.RunAsync(AttemptAsync, stoppingToken)));

    private async Task AttemptAsync(PushJob job, CancellationToken stoppingToken)
    {
        if (_clock.GetUtcNow() >= job.Message.ExpiresAt)
        {
            await ReportAsync(new PushDelivery(job, Sent: false, "expired", TokenIsDead: false), stoppingToken);
            return;
        }

        var result = await SendAsync(job, stoppingToken);
        switch (result.Outcome)
        {
            case PushOutcome.Delivered:
                await ReportAsync(new PushDelivery(job, Sent: true, null, TokenIsDead: false), stoppingToken);
                break;
            case PushOutcome.Retryable when RetryDelay(job, result) is { } delay:
                _metrics?.RetryScheduled(job.Provider);
                _ = RetryLaterAsync(job with { Attempt = job.Attempt + 1 }, delay, stoppingToken);
                break;
            default:
                await ReportAsync(new PushDelivery(job, Sent: false, result.Reason ?? result.Outcome.ToString(), result.Outcome == PushOutcome.DropToken), stoppingToken);
                break;
        }
    }

    private async Task<PushResult> SendAsync(PushJob job, CancellationToken stoppingToken)
    {
        try
        {
            return await _lanes[job.Provider].Sender.SendAsync(job.Message, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogSenderFault(_logger, exception, job.Provider);
            return new PushResult(PushOutcome.Retryable, null, "sender_fault", null, null);
        }
    }

    /// <summary>The wait before the next attempt, or null when there is no attempt left before the challenge expires.</summary>
    private TimeSpan? RetryDelay(PushJob job, PushResult result)
    {
        var backoff = _options.InitialBackoff * Math.Pow(2, job.Attempt - 1) * (0.8 + (Random.Shared.NextDouble() * 0.4));
        var delay = result.RetryAfter ?? backoff;
        var stillUseful = _clock.GetUtcNow() + delay < job.Message.ExpiresAt;
        return job.Attempt < _options.MaxAttempts && stillUseful ? delay : null;
    }

    private async Task RetryLaterAsync(PushJob job, TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, _clock, stoppingToken);
            _lanes[job.Provider].Jobs.AddRetry(job);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    private async Task ReportAsync(PushDelivery delivery, CancellationToken cancellationToken)
    {
        _metrics?.Finished(delivery);
        try
        {
            await _reporter.ReportAsync(delivery, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogReportFailed(_logger, exception, delivery.Job.Message.ChallengeId);
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "No push provider is configured: phones must use the pull route (GET /v1/devices/{{deviceId}}/challenges?waitSeconds=N)")]
    private static partial void LogNoProvider(ILogger logger);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "The {Provider} sender failed unexpectedly; the push will be retried")]
    private static partial void LogSenderFault(ILogger logger, Exception exception, PushProvider provider);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Could not record the delivery outcome of challenge {ChallengeId}")]
    private static partial void LogReportFailed(ILogger logger, Exception exception, string challengeId);
}
