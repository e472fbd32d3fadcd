using Orleans.Runtime;
using Orleans.Storage;

namespace MfaGrains.Hosting.Storage;

/// <summary>
/// Lets one write at a time reach a SQLite database. SQLite has a single writer; when two connections collide,
/// Microsoft.Data.Sqlite sleeps its thread 150 ms and retries, which stalls the grain turn waiting on it. Queuing the
/// writes here waits asynchronously instead, and reads (which WAL lets run beside a writer) pass straight through.
/// </summary>
public sealed class SerializedWritesGrainStorage(IGrainStorage inner) : IGrainStorage, IDisposable
{
    private readonly SemaphoreSlim _writer = new(1, 1);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        OneAtATime(() => inner.WriteStateAsync(stateName, grainId, grainState));

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        OneAtATime(() => inner.ClearStateAsync(stateName, grainId, grainState));

    public void Dispose() => _writer.Dispose();

    private async Task OneAtATime(Func<Task> write)
    {
        await _writer.WaitAsync();
        try
        {
            await write();
        }
        finally
        {
            _writer.Release();
        }
    }
}
