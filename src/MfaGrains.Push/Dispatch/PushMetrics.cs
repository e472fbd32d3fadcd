using System.Diagnostics;
using System.Diagnostics.Metrics;
using MfaGrains.Push.Sending;

namespace MfaGrains.Push.Dispatch;

/// <summary>
/// The dispatcher's instruments, on the engine's <see cref="MeterName"/> meter: each push's final outcome by provider and
/// error, retries, and pushes waiting for a first attempt. Labels never carry a token, device or challenge id.
/// </summary>
public sealed class PushMetrics
{
    /// <summary>The engine's meter name (the Push project does not depend on the grains that own it).</summary>
    public const string MeterName = "MfaGrains";

    private const int MaxErrorLength = 48;

    private readonly Meter _meter;
    private readonly Counter<long> _deliveries;
    private readonly Counter<long> _retries;

    public PushMetrics(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _deliveries = _meter.CreateCounter<long>(
            "mfagrains.push.deliveries", "{push}", "Pushes that reached a final outcome (sent, failed, token_dead), by provider and error.");
        _retries = _meter.CreateCounter<long>("mfagrains.push.retries", "{push}", "Push attempts scheduled again after a passing fault, by provider.");
    }

    /// <summary>Observes the dispatcher's queue of first attempts; called once, by the one dispatcher of a silo.</summary>
    public void ObserveQueue(Func<int> queued) =>
        _meter.CreateObservableUpDownCounter("mfagrains.push.queued", queued, "{push}", "Pushes waiting for their first attempt on this silo.");

    public void Finished(PushDelivery delivery)
    {
        var outcome = delivery.Sent ? "sent" : delivery.TokenIsDead ? "token_dead" : "failed";
        _deliveries.Add(1, new TagList { { "provider", Label(delivery.Job.Provider) }, { "outcome", outcome }, { "error", ErrorLabel(delivery.Error) } });
    }

    public void RetryScheduled(PushProvider provider) => _retries.Add(1, new KeyValuePair<string, object?>("provider", Label(provider)));

    private static string Label(PushProvider provider) => provider == PushProvider.Apns ? "apns" : "fcm";

    // Provider reasons are short codes (UNAVAILABLE, BadDeviceToken); anything else is folded so a label stays a closed set.
    private static string ErrorLabel(string? error) => error switch
    {
        null => "none",
        { Length: > 0 and <= MaxErrorLength } when error.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.') => error,
        _ => "other",
    };
}
