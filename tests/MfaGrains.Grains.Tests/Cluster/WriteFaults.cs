using System.Collections.Concurrent;
using MfaGrains.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace MfaGrains.Grains.Tests.Cluster;

/// <summary>
/// Makes the state writes of chosen grains hang until the test lets them go, then fail, in front of the silos' real
/// <see cref="StorageNames.Mfa"/> storage: a write "in flight" that a test can look behind, and a write that fails.
/// </summary>
public sealed class WriteFaults
{
    private readonly ConcurrentDictionary<GrainId, Fault> _faults = new();

    /// <summary>From now on the grain's next write waits until <see cref="Fault.Release"/>, then throws.</summary>
    public Fault FailNextWrite(GrainId grainId) => _faults[grainId] = new Fault();

    /// <summary>Puts this in front of the <see cref="StorageNames.Mfa"/> storage already registered.</summary>
    public void Decorate(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(IGrainStorage) && d.IsKeyedService && Equals(d.ServiceKey, StorageNames.Mfa));
        services.Remove(original);
        services.AddKeyedSingleton<IGrainStorage>(
            StorageNames.Mfa, (provider, key) => new FaultyStorage((IGrainStorage)original.KeyedImplementationFactory!(provider, key), this));
    }

    /// <summary>One held, then failed, write.</summary>
    public sealed class Fault
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Completes when the write has reached storage and is being held.</summary>
        public Task Started => _started.Task;

        public void Release() => _released.TrySetResult();

        internal async Task HoldThenFail()
        {
            _started.TrySetResult();
            await _released.Task;
            throw new InvalidOperationException("Injected storage failure.");
        }
    }

    private sealed class FaultyStorage(IGrainStorage inner, WriteFaults faults) : IGrainStorage
    {
        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ReadStateAsync(stateName, grainId, grainState);

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            faults._faults.TryRemove(grainId, out var fault) ? fault.HoldThenFail() : inner.WriteStateAsync(stateName, grainId, grainState);

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ClearStateAsync(stateName, grainId, grainState);
    }
}
