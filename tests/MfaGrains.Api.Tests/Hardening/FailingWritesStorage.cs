using Orleans.Runtime;
using Orleans.Storage;

namespace MfaGrains.Api.Tests.Hardening;

/// <summary>The engine's real storage, except that every write of a grain whose key starts with <see cref="Prefix"/> fails as a broken disk would.</summary>
internal sealed class FailingWritesStorage(IGrainStorage inner) : IGrainStorage
{
    public const string Prefix = "doomed.";

    /// <summary>The engine's own storage, inside this one.</summary>
    public IGrainStorage Inner => inner;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Fails(grainId) ? throw new IOException($"Disk full while writing {grainId}") : inner.WriteStateAsync(stateName, grainId, grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Fails(grainId) ? throw new IOException($"Disk full while clearing {grainId}") : inner.ClearStateAsync(stateName, grainId, grainState);

    private static bool Fails(GrainId grainId) => grainId.Key.ToString()!.StartsWith(Prefix, StringComparison.Ordinal);
}
