using System.Diagnostics.Metrics;
using MfaGrains.Grains.Metrics;

namespace MfaGrains.Grains.Prewarm;

/// <summary>Pre-warm progress on the engine's meter: ids requested, and ids tried by outcome (warmed, unknown, failed).</summary>
public sealed class PrewarmMetrics
{
    private readonly Counter<long> _requested;
    private readonly Counter<long> _users;

    public PrewarmMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MfaGrainsMetrics.MeterName);
        _requested = meter.CreateCounter<long>("mfagrains.prewarm.requested", "{user}", "User ids in pre-warm jobs scheduled.");
        _users = meter.CreateCounter<long>("mfagrains.prewarm.users", "{user}", "User ids a pre-warm job tried, by outcome: warmed, unknown or failed.");
    }

    public void Requested(int count) => _requested.Add(count);

    public void Tried(int warmed, int unknown, int failed)
    {
        Add("warmed", warmed);
        Add("unknown", unknown);
        Add("failed", failed);
    }

    private void Add(string outcome, int count)
    {
        if (count > 0)
        {
            _users.Add(count, new KeyValuePair<string, object?>("outcome", outcome));
        }
    }
}
