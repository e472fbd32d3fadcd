namespace MfaGrains.Push.Dispatch;

/// <summary>Accepts pushes without waiting for them, so issuing a challenge never waits on a push service.</summary>
public interface IPushQueue
{
    /// <summary>Queues a first attempt. When the queue is full or no sender serves the provider, the failure is reported instead.</summary>
    void Enqueue(PushJob job);
}
