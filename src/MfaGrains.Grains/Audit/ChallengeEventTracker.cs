using MfaGrains.Grains.Users;

namespace MfaGrains.Grains.Audit;

/// <summary>Remembers what an activation has published about each challenge, so each change is published once.</summary>
public sealed class ChallengeEventTracker
{
    private readonly Dictionary<string, ChallengeStatus> _published = new(StringComparer.Ordinal);

    /// <summary>Takes the loaded state as already published: only what changes from here on is news.</summary>
    public void Seed(IEnumerable<ChallengeRecord> challenges)
    {
        foreach (var challenge in challenges)
        {
            _published[challenge.Id] = challenge.Status;
        }
    }

    /// <summary>The issues and resolutions since the last call, in state order.</summary>
    public IReadOnlyList<AuditEvent> Changes(string userId, IReadOnlyCollection<ChallengeRecord> challenges)
    {
        var events = new List<AuditEvent>();
        foreach (var challenge in challenges)
        {
            if (!_published.TryGetValue(challenge.Id, out var known))
            {
                events.Add(new AuditEvent(userId, challenge.Id, AuditEventKind.Issued, challenge.Kind, ChallengeStatus.Pending, null, null, null, null, challenge.CreatedAt));
                known = ChallengeStatus.Pending;
            }

            if (challenge.Status != known)
            {
                events.Add(new AuditEvent(
                    userId, challenge.Id, AuditEventKind.Resolved, challenge.Kind, challenge.Status, challenge.Reason, challenge.AnsweredBy, null, null,
                    challenge.ResolvedAt ?? challenge.CreatedAt));
            }

            _published[challenge.Id] = challenge.Status;
        }

        if (_published.Count > challenges.Count)
        {
            var kept = challenges.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var pruned in _published.Keys.Where(id => !kept.Contains(id)).ToList())
            {
                _published.Remove(pruned);
            }
        }

        return events;
    }

    public static AuditEvent Delivered(string userId, ChallengeRecord challenge, DeliveryRecord delivery, DateTimeOffset at) =>
        new(userId, challenge.Id, AuditEventKind.Delivered, challenge.Kind, challenge.Status, challenge.Reason, delivery.DeviceId, delivery.State, delivery.Error, at);
}
