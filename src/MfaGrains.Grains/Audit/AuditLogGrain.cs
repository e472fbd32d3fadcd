using MfaGrains.Grains.Hosting;
using MfaGrains.Grains.Options;
using Microsoft.Extensions.Options;
using Orleans.Runtime;
using Orleans.Streams;
using Orleans.Streams.Core;

namespace MfaGrains.Grains.Audit;

/// <summary>
/// Consumes a user's challenge events from the audit stream and keeps them. Events are stored in batches, one
/// write per flush interval at most, so auditing adds a fraction of a write per sign-in rather than three.
/// </summary>
[GrainType("audit-log")]
[ImplicitStreamSubscription(AuditStreams.Namespace)]
public sealed class AuditLogGrain(
    [PersistentState("auditLog", StorageNames.Mfa)] IPersistentState<AuditLogState> state,
    IOptions<AuditOptions> options) : Grain, IAuditLogGrain, IStreamSubscriptionObserver, IAsyncObserver<AuditEvent>
{
    private IGrainTimer? _flush;

    public Task<IReadOnlyList<AuditEvent>> GetEvents(int limit) =>
        Task.FromResult<IReadOnlyList<AuditEvent>>(state.State.Events.AsEnumerable().Reverse().Take(limit).ToList());

    public Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        handleFactory.Create<AuditEvent>().ResumeAsync(this);

    public Task OnNextAsync(AuditEvent item, StreamSequenceToken? token = null)
    {
        // The publisher may say the same thing twice (an expiry seen again after a reload); keep it once.
        if (state.State.Events.Contains(item, SameFacts.Instance))
        {
            return Task.CompletedTask;
        }

        state.State.Events.Add(item);
        var surplus = state.State.Events.Count - options.Value.EventsPerUser;
        if (surplus > 0)
        {
            state.State.Events.RemoveRange(0, surplus);
        }

        ArmFlush();
        return Task.CompletedTask;
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex) => Task.CompletedTask;

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        await base.OnDeactivateAsync(reason, cancellationToken);
    }

    private void ArmFlush() => _flush ??= this.RegisterGrainTimer(FlushAsync, options.Value.FlushInterval, Timeout.InfiniteTimeSpan);

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_flush is not { } timer)
        {
            return;
        }

        _flush = null;
        try
        {
            await state.WriteStateAsync(cancellationToken);
        }
        catch
        {
            // The events stay in memory; the next interval tries again rather than waiting for deactivation.
            ArmFlush();
            throw;
        }
        finally
        {
            // Disposing a timer cancels the token it handed its callback, so it may only go once the write is done.
            timer.Dispose();
        }
    }

    /// <summary>Two events state the same fact when all but their time agree.</summary>
    private sealed class SameFacts : IEqualityComparer<AuditEvent>
    {
        public static readonly SameFacts Instance = new();

        public bool Equals(AuditEvent? x, AuditEvent? y) => x is not null && y is not null && x with { At = default } == y with { At = default };

        public int GetHashCode(AuditEvent obj) => (obj with { At = default }).GetHashCode();
    }
}
