using MfaGrains.Hosting.Storage;
using Orleans.Runtime;
using Orleans.Storage;

namespace MfaGrains.Grains.Tests.Storage;

public sealed class SerializedWritesGrainStorageTests
{
    [Fact]
    public async Task Writes_reach_the_database_one_at_a_time_while_reads_pass_alongside()
    {
        var inner = new OverlapCountingStorage();
        using var storage = new SerializedWritesGrainStorage(inner);
        var state = new GrainState<string>("value");
        var grain = GrainId.Create("probe", "1");

        var writes = Enumerable.Range(0, 20).Select(_ => storage.WriteStateAsync("probe", grain, state)).ToList();
        var reads = Enumerable.Range(0, 5).Select(_ => storage.ReadStateAsync("probe", grain, state)).ToList();
        await Task.WhenAll(reads).WaitAsync(TimeSpan.FromSeconds(10));
        inner.Release.SetResult();
        await Task.WhenAll(writes).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, inner.MostWritesAtOnce);
        Assert.Equal(20, inner.Writes);
        Assert.Equal(5, inner.Reads);
    }

    /// <summary>Holds every write until released and records how many were in flight at once.</summary>
    private sealed class OverlapCountingStorage : IGrainStorage
    {
        private int _inFlight;
        private int _mostAtOnce;
        private int _writes;
        private int _reads;

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int MostWritesAtOnce => Volatile.Read(ref _mostAtOnce);

        public int Writes => Volatile.Read(ref _writes);

        public int Reads => Volatile.Read(ref _reads);

        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            Interlocked.Increment(ref _reads);
            return Task.CompletedTask;
        }

        public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            var now = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref _mostAtOnce, now);
            await Release.Task;
            Interlocked.Increment(ref _writes);
            Interlocked.Decrement(ref _inFlight);
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => WriteStateAsync(stateName, grainId, grainState);

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }
    }
}
