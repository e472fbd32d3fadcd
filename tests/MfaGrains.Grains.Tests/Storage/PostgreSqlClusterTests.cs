using Microsoft.Extensions.DependencyInjection;
using Orleans.Messaging;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>ADO.NET clustering, storage and reminders on PostgreSQL, through our schema, with two silos.</summary>
[Collection(PostgreSqlClusterCollection.Name)]
public sealed class PostgreSqlClusterTests(PostgreSqlClusterFixture fixture) : IClassFixture<PostgreSqlClusterFixture>
{
    [Fact]
    public async Task Both_silos_join_through_the_membership_table()
    {
        var rows = await MembershipRow.ReadAllAsync(fixture.Database, fixture.Cluster.Options.ClusterId);

        Assert.Equal(2, rows.Count(r => r.Status == MembershipRow.Active));
        Assert.Equal(fixture.Cluster.Silos.Select(s => s.Name).Order(), rows.Select(r => r.SiloName).Order());
    }

    [Fact]
    public async Task The_client_finds_both_gateways_in_the_membership_table()
    {
        var gateways = fixture.Cluster.Client.ServiceProvider.GetRequiredService<IGatewayListProvider>();

        var found = await gateways.GetGateways();

        Assert.Equal(2, found.Count);
    }

    [Fact]
    public async Task State_written_on_one_silo_survives_deactivation_and_reads_back()
    {
        var grain = fixture.Cluster.Client.GetGrain<IClusterProbeGrain>("survivor-of-deactivation");
        var written = await grain.Remember("phone-1");

        await grain.Deactivate();
        var read = await grain.Recall();

        Assert.Equal("phone-1", read.Value);
        Assert.NotEqual(written.Activation, read.Activation);
        Assert.Equal(
            [1],
            await fixture.Database.ColumnAsync<int>(
                "SELECT version FROM orleansstorage WHERE graintypestring = @state AND grainidextensionstring = @key",
                ("state", ClusterProbeGrain.StateName), ("key", "survivor-of-deactivation")));
    }

    [Fact]
    public async Task A_reminder_is_stored_when_registered_and_removed_when_unregistered()
    {
        var grain = fixture.Cluster.Client.GetGrain<IClusterProbeGrain>("reminded");
        var grainId = grain.GetGrainId().ToString();

        await grain.StartReminder("wake-up");

        Assert.Equal(["wake-up"], await RemindersAsync(grainId));

        await grain.StopReminder("wake-up");

        Assert.Empty(await RemindersAsync(grainId));
    }

    private Task<List<string>> RemindersAsync(string grainId) =>
        fixture.Database.ColumnAsync<string>(
            "SELECT remindername FROM orleansreminderstable WHERE serviceid = @service AND grainid = @grain",
            ("service", PostgreSqlTestCluster.ServiceId), ("grain", grainId));
}
