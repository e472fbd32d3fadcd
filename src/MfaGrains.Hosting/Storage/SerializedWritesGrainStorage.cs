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

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await _writer.WaitAsync();
        try
        {
            await inner.WriteStateAsync(stateName, grainId, grainState);
        }
        finally
        {
            _writer.Release();
        }
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await _writer.WaitAsync();
        try
        {
            await inner.ClearStateAsync(stateName, grainId, grainState);
        }
        finally
        {
            _writer.Release();
        }
    }

    public void Dispose() => _writer.Dispose();
}
