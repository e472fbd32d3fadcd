using System.Collections.Concurrent;
using MfaGrains.Push.Dispatch;

namespace MfaGrains.Push.Tests.Dispatch;

/// <summary>Collects the dispatcher's final outcomes so tests can await them with a deadline.</summary>
public sealed class RecordingReporter : IPushDeliveryReporter
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<PushDelivery>> _outcomes = new();

    public Task ReportAsync(PushDelivery delivery, CancellationToken cancellationToken)
    {
        Outcome(delivery.Job.Message.DeviceToken).TrySetResult(delivery);
        return Task.CompletedTask;
    }

    public Task<PushDelivery> For(string token) => Outcome(token).Task.WaitAsync(TimeSpan.FromSeconds(10));

    public bool HasOutcome(string token) => _outcomes.TryGetValue(token, out var outcome) && outcome.Task.IsCompleted;

    private TaskCompletionSource<PushDelivery> Outcome(string token) =>
        _outcomes.GetOrAdd(token, _ => new TaskCompletionSource<PushDelivery>(TaskCreationOptions.RunContinuationsAsynchronously));
}
