using MfaGrains.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>A test-only grain that keeps one string in <see cref="StorageNames.Mfa"/>, reports where it runs and owns reminders.</summary>
[Alias("tests.IClusterProbeGrain")]
public interface IClusterProbeGrain : IGrainWithStringKey
{
    [Alias("Remember")]
    Task<ProbeReading> Remember(string value);

    [Alias("Recall")]
    Task<ProbeReading> Recall();

    [Alias("Deactivate")]
    Task Deactivate();

    [Alias("StartReminder")]
    Task StartReminder(string name);

    [Alias("StopReminder")]
    Task StopReminder(string name);
}

/// <summary>The probe's value and the activation that answered, with its silo in <c>SiloAddress.ToParsableString()</c> form.</summary>
[GenerateSerializer, Immutable, Alias("tests.ProbeReading")]
public sealed record ProbeReading(string? Value, string Silo, string Activation);

/// <summary>The probe's persisted state.</summary>
[GenerateSerializer, Alias("tests.ClusterProbeState")]
public sealed class ClusterProbeState
{
    [Id(0)]
    public string? Value { get; set; }
}

/// <summary>Writes through the real ADO.NET storage and registers reminders with the real ADO.NET reminder table.</summary>
public sealed class ClusterProbeGrain(
    [PersistentState(ClusterProbeGrain.StateName, StorageNames.Mfa)] IPersistentState<ClusterProbeState> probe)
    : Grain, IClusterProbeGrain, IRemindable
{
    public const string StateName = "cluster-probe";

    // Reminders are coarse: Orleans refuses periods under ReminderOptions.MinimumReminderPeriod (1 minute).
    private static readonly TimeSpan ReminderPeriod = TimeSpan.FromMinutes(1);

    public async Task<ProbeReading> Remember(string value)
    {
        probe.State.Value = value;
        await probe.WriteStateAsync();
        return Reading();
    }

    public Task<ProbeReading> Recall() => Task.FromResult(Reading());

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task StartReminder(string name) => this.RegisterOrUpdateReminder(name, ReminderPeriod, ReminderPeriod);

    public async Task StopReminder(string name)
    {
        var reminder = await this.GetReminder(name);
        if (reminder is not null)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;

    private ProbeReading Reading() => new(
        probe.State.Value,
        ServiceProvider.GetRequiredService<ILocalSiloDetails>().SiloAddress.ToParsableString(),
        GrainContext.ActivationId.ToString());
}
