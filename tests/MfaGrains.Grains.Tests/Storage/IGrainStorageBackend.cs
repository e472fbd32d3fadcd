using Orleans.TestingHost;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>A running one-silo cluster whose <c>mfa</c> storage is a real database, and a way to read that database directly.</summary>
public interface IGrainStorageBackend
{
    InProcessTestCluster Cluster { get; }

    /// <summary>The storage row for the probe grain's state, or null if none.</summary>
    Task<StoredRow?> FindRowAsync(string stateName, string grainKey);
}
