using MfaGrains.Grains.Audit.Log;
using MfaGrains.Grains.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MfaGrains.Grains.Audit;

/// <summary>
/// Purges audit rows older than <see cref="AuditOptions.Retention"/> every <see cref="AuditOptions.PurgeInterval"/>.
/// Runs on every silo: the purge is one idempotent delete by age, so two silos purging at once only repeat each other.
/// </summary>
public sealed partial class AuditRetentionService(
    IAuditLog log, IOptions<AuditOptions> options, [FromKeyedServices(MfaClock.Key)] TimeProvider clock, ILogger<AuditRetentionService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PurgeInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var purged = await log.PurgeAsync(clock.GetUtcNow() - options.Value.Retention, stoppingToken);
                Purged(logger, purged);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                PurgeFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(EventId = 1951, Level = LogLevel.Information, Message = "Audit retention purged {Count} rows")]
    private static partial void Purged(ILogger logger, int count);

    [LoggerMessage(EventId = 1952, Level = LogLevel.Warning, Message = "Audit retention purge failed; it is tried again next interval")]
    private static partial void PurgeFailed(ILogger logger, Exception exception);
}
