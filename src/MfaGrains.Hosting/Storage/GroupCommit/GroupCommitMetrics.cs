using System.Diagnostics.Metrics;

namespace MfaGrains.Hosting.Storage.GroupCommit;

/// <summary>The batching grain storage's instrument, on the engine's meter: how many writes or reads each batch carried.</summary>
public sealed class GroupCommitMetrics
{
    private readonly Histogram<int> _batchSize;

    public GroupCommitMetrics(IMeterFactory meterFactory) =>
        _batchSize = meterFactory.Create(Grains.Metrics.MfaGrainsMetrics.MeterName).CreateHistogram<int>(
            "mfagrains.storage.batch_size",
            "{operation}",
            "Grain state writes (or reads) per storage transaction (or query), by operation.",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024] });

    public void BatchTaken(string operation, int size) => _batchSize.Record(size, new KeyValuePair<string, object?>("operation", operation));
}
