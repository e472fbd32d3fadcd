using MfaGrains.Contracts.Prewarm;
using MfaGrains.Grains.Hosting;
using MfaGrains.Grains.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace MfaGrains.Grains.Prewarm;

/// <summary>
/// One roster pre-warm. A persisted reminder wakes it at the start time and every minute until it completes, so a
/// scheduled or interrupted job carries on after a restart; while running, a timer tries the ids due by the even
/// spread, a few at a time. Each warm call runs on the silo that owns that user's grain.
/// </summary>
[GrainType("prewarmJob")]
public sealed class PrewarmJobGrain(
    [PersistentState("prewarmJob", StorageNames.Mfa)] IPersistentState<PrewarmJobState> job,
    [PersistentState("prewarmProgress", StorageNames.Mfa)] IPersistentState<PrewarmProgress> progress,
    [FromKeyedServices(MfaClock.Key)] TimeProvider clock,
    IOptions<PrewarmOptions> options,
    PrewarmMetrics metrics,
    ILogger<PrewarmJobGrain> logger) : Grain, IPrewarmJobGrain, IRemindable
{
    private const string ReminderName = "prewarm";
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);

    private IGrainTimer? _timer;

    private string JobId => this.GetPrimaryKeyString();

    public async Task<PrewarmStatus> Schedule(PrewarmRequest request)
    {
        if (!job.RecordExists)
        {
            job.State.UserIds = [.. request.UserIds];
            job.State.StartAt = request.StartAt;
            job.State.SpreadSeconds = request.SpreadSeconds;
            job.State.HoldUntil = request.StartAt + TimeSpan.FromSeconds(request.SpreadSeconds) + options.Value.Hold;
            await job.WriteStateAsync();
            metrics.Requested(request.UserIds.Count);
            PrewarmLog.Scheduled(logger, JobId, request.UserIds.Count, request.StartAt, request.SpreadSeconds);
            var dueIn = request.StartAt - clock.GetUtcNow();
            await this.RegisterOrUpdateReminder(ReminderName, dueIn > TimeSpan.Zero ? dueIn : TimeSpan.Zero, TimeSpan.FromMinutes(1));
            Resume();
        }

        return Status();
    }

    /// <summary>Also resumes a due job whose reminder has not fired yet (reminders are coarse): any look carries it on.</summary>
    public Task<PrewarmStatus?> GetStatus()
    {
        if (!job.RecordExists)
        {
            DeactivateOnIdle();
            return Task.FromResult<PrewarmStatus?>(null);
        }

        Resume();
        return Task.FromResult<PrewarmStatus?>(Status());
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (!job.RecordExists || progress.State.CompletedAt is not null)
        {
            await StopReminder();
            return;
        }

        Resume();
    }

    /// <summary>Starts the pacing timer once the start time has come; the reminder calls again until then.</summary>
    private void Resume()
    {
        if (_timer is null && clock.GetUtcNow() >= job.State.StartAt && progress.State.CompletedAt is null)
        {
            _timer = this.RegisterGrainTimer(Step, new GrainTimerCreationOptions(TimeSpan.Zero, Tick) { KeepAlive = true });
        }
    }

    private async Task Step(CancellationToken cancellationToken)
    {
        var ids = job.State.UserIds;
        var due = PrewarmPace.DueBy(clock.GetUtcNow(), job.State.StartAt, job.State.SpreadSeconds, ids.Count);
        while (progress.State.Cursor < due && !cancellationToken.IsCancellationRequested)
        {
            var batch = ids.GetRange(progress.State.Cursor, Math.Min(options.Value.MaxConcurrentWarms, due - progress.State.Cursor));
            var outcomes = await Task.WhenAll(batch.Select(Warm));
            var (warmed, unknown, failed) = (outcomes.Count(o => o == WarmOutcome.Warmed), outcomes.Count(o => o == WarmOutcome.Unknown), outcomes.Count(o => o is null));
            progress.State.Cursor += batch.Count;
            progress.State.Warmed += warmed;
            progress.State.Unknown += unknown;
            progress.State.Failed += failed;
            metrics.Tried(warmed, unknown, failed);
        }

        if (progress.State.Cursor >= ids.Count)
        {
            progress.State.CompletedAt = clock.GetUtcNow();
            _timer?.Dispose();
            _timer = null;
            PrewarmLog.Completed(logger, JobId, progress.State.Warmed, progress.State.Unknown, progress.State.Failed);
            await StopReminder();
        }

        // Not cancelled with the tick: progress already made must be recorded, or a restart would warm it again.
        await progress.WriteStateAsync(CancellationToken.None);
    }

    private async Task StopReminder()
    {
        if (await this.GetReminder(ReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    /// <summary>Warms one user (and through it, its devices); null when the call failed.</summary>
    private async Task<WarmOutcome?> Warm(string userId)
    {
        var hold = job.State.HoldUntil - clock.GetUtcNow();
        try
        {
            return await GrainFactory.GetGrain<IWarmableGrain>(GrainId.Create("user", userId)).Warm(hold > TimeSpan.Zero ? hold : TimeSpan.Zero);
        }
        catch (Exception exception)
        {
            PrewarmLog.WarmFailed(logger, exception, JobId);
            return null;
        }
    }

    private PrewarmStatus Status()
    {
        var p = progress.State;
        var status = p.CompletedAt is not null ? PrewarmJobStatus.Completed
            : clock.GetUtcNow() >= job.State.StartAt ? PrewarmJobStatus.Running
            : PrewarmJobStatus.Scheduled;
        return new PrewarmStatus(
            JobId, status, job.State.UserIds.Count, p.Warmed, p.Unknown, p.Failed, job.State.StartAt, job.State.SpreadSeconds, job.State.HoldUntil, p.CompletedAt);
    }
}
