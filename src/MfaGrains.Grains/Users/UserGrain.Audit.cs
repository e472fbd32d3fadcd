using MfaGrains.Grains.Audit;
using Orleans.Runtime;

namespace MfaGrains.Grains.Users;

/// <summary>
/// Challenge lifecycle events on the audit stream. Best effort: a failed publish is logged and never fails the
/// command that caused it, since grain state, not the stream, is the record of truth.
/// </summary>
public sealed partial class UserGrain
{
    private readonly ChallengeEventTracker _published = new();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _published.Seed(state.State.Challenges);
        SeedTransitions();
        return Task.CompletedTask;
    }

    private Task PublishChangesAsync() => PublishAsync(_published.Changes(UserId, state.State.Challenges));

    private async Task PublishAsync(IReadOnlyList<AuditEvent> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        try
        {
            var stream = this.GetStreamProvider(AuditStreams.Provider).GetStream<AuditEvent>(StreamId.Create(AuditStreams.Namespace, UserId));
            foreach (var auditEvent in events)
            {
                await stream.OnNextAsync(auditEvent);
            }
        }
        catch (Exception exception)
        {
            UserGrainLog.AuditPublishFailed(logger, exception, events[0].ChallengeId);
        }
    }

    /// <summary>Records and publishes the expiry of a challenge nobody answered, when nothing else touches the user by then.</summary>
    private void PublishExpiryOf(ChallengeRecord challenge, DateTimeOffset now) =>
        this.RegisterGrainTimer(
            async _ =>
            {
                Settle();
                CountTransitions();
                await PublishChangesAsync();
            },
            new GrainTimerCreationOptions(challenge.ExpiresAt - now + TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan));
}
