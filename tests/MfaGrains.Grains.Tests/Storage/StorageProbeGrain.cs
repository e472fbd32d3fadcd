using MfaGrains.Grains.Hosting;
using MfaGrains.Hosting.Storage;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>A test-only grain that keeps one string in the <see cref="StorageNames.Mfa"/> storage.</summary>
[Alias("tests.IStorageProbeGrain")]
public interface IStorageProbeGrain : IGrainWithStringKey
{
    [Alias("Remember")]
    Task Remember(string value);

    [Alias("Recall")]
    Task<string?> Recall();

    [Alias("Forget")]
    Task Forget();
}

/// <summary>The probe's persisted state.</summary>
[GenerateSerializer, Alias("tests.StorageProbeState")]
public sealed class StorageProbeState
{
    [Id(0)]
    public string? Value { get; set; }
}

/// <summary>Writes through Orleans' real ADO.NET grain storage on every change.</summary>
public sealed class StorageProbeGrain(
    [PersistentState(StorageProbeGrain.StateName, StorageNames.Mfa)] IPersistentState<StorageProbeState> probe)
    : Grain, IStorageProbeGrain
{
    public const string StateName = "probe";

    public async Task Remember(string value)
    {
        probe.State.Value = value;
        await probe.WriteStateAsync();
    }

    public Task<string?> Recall() => Task.FromResult(probe.State.Value);

    public Task Forget() => probe.ClearStateAsync();
}
