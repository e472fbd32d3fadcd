using System.Collections.Concurrent;
using MfaGrains.Push.Dispatch;

namespace MfaGrains.Grains.Tests.Cluster;

/// <summary>Stands in for the push dispatcher: the grain tests are about the domain, so pushes are only recorded, never sent.</summary>
public sealed class RecordingPushQueue : IPushQueue
{
    public ConcurrentQueue<PushJob> Jobs { get; } = new();

    public void Enqueue(PushJob job) => Jobs.Enqueue(job);
}
