using System.Diagnostics.Metrics;
using MfaGrains.Push.Dispatch;
using MfaGrains.Push.Sending;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace MfaGrains.Push.Tests.Dispatch;

/// <summary>Each push's final outcome is counted by provider, outcome and a short error code, never by token or id.</summary>
public sealed class PushMetricsTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly PushMetrics _metrics;
    private readonly MetricCollector<long> _deliveries;

    public PushMetricsTests()
    {
        var meters = _services.GetRequiredService<IMeterFactory>();
        _metrics = new PushMetrics(meters);
        _deliveries = new MetricCollector<long>(meters, PushMetrics.MeterName, "mfagrains.push.deliveries");
    }

    [Theory]
    [InlineData(true, null, false, "sent", "none")]
    [InlineData(false, "UNREGISTERED", true, "token_dead", "UNREGISTERED")]
    [InlineData(false, "ServiceUnavailable", false, "failed", "ServiceUnavailable")]
    [InlineData(false, "queue_full", false, "failed", "queue_full")]
    [InlineData(false, "a reason with spaces, quoting tok-123", false, "failed", "other")]
    public void A_final_outcome_is_counted_with_closed_labels(bool sent, string? error, bool tokenIsDead, string outcome, string errorLabel)
    {
        var job = new PushJob(PushProvider.Apns, new PushMessage("tok-123", "chl_1", "dev_1", "NHSmail", DateTimeOffset.UnixEpoch), "jane.doe@nhs.net");

        _metrics.Finished(new PushDelivery(job, sent, error, tokenIsDead));

        var measurement = Assert.Single(_deliveries.GetMeasurementSnapshot());
        Assert.Equal(1, measurement.Value);
        Assert.Equal(
            new Dictionary<string, object?> { ["provider"] = "apns", ["outcome"] = outcome, ["error"] = errorLabel },
            measurement.Tags);
    }

    public void Dispose()
    {
        _deliveries.Dispose();
        _services.Dispose();
    }
}
