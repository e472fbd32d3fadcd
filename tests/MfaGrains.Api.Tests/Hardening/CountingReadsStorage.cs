using Orleans.Runtime;
using Orleans.Storage;

namespace MfaGrains.Api.Tests.Hardening;

/// <summary>The engine's real storage, counting the state reads (one per grain activation that has state).</summary>
public sealed class CountingReadsStorage(IGrainStorage inner) : IGrainStorage
{
    private int _reads;

    public int Reads => Volatile.Read(ref _reads);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        Interlocked.Increment(ref _reads);
        return inner.ReadStateAsync(stateName, grainId, grainState);
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.WriteStateAsync(stateName, grainId, grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ClearStateAsync(stateName, grainId, grainState);
}
