using System.Collections.Concurrent;
using MfaGrains.Push.Sending;

namespace MfaGrains.Push.Tests.Dispatch;

/// <summary>A sender whose answers the test scripts per device token, recording every attempt in order.</summary>
public sealed class ScriptedSender(PushProvider provider) : IPushSender
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<Task<PushResult>>>> _scripts = new();

    public PushProvider Provider => provider;

    public ConcurrentQueue<string> Attempts { get; } = new();

    /// <summary>Answers for a token, one per attempt; once used up every attempt is delivered.</summary>
    public void Script(string token, params Func<Task<PushResult>>[] answers) =>
        _scripts[token] = new ConcurrentQueue<Func<Task<PushResult>>>(answers);

    public async Task<PushResult> SendAsync(PushMessage message, CancellationToken cancellationToken)
    {
        Attempts.Enqueue(message.DeviceToken);
        return _scripts.TryGetValue(message.DeviceToken, out var script) && script.TryDequeue(out var answer)
            ? await answer()
            : PushResult.Delivered(200, "sent-" + message.DeviceToken);
    }

    public static Func<Task<PushResult>> Answer(PushOutcome outcome, string reason, TimeSpan? retryAfter = null) =>
        () => Task.FromResult(new PushResult(outcome, 503, reason, null, retryAfter));
}
