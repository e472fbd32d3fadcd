using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>
/// Kills an in-process silo the way a crash looks to the rest of the cluster: it stops answering and never records
/// its own death. <c>KillSiloAsync</c> alone still runs the silo's shutdown, which writes "Stopping" and "Dead" to the
/// membership table and would leave the survivors nothing to detect.
/// </summary>
internal static class SiloCrash
{
    public static async Task CrashAsync(this TestCluster cluster, TempPostgresDatabase database, SiloHandle victim)
    {
        // The victim's sessions carry its name (PostgreSqlSiloConfigurator); from now on the database refuses its membership writes.
        await database.ExecuteAsync($"""
            CREATE FUNCTION test_refuse_crashed_silo() RETURNS trigger LANGUAGE plpgsql AS $fn$
            BEGIN
                IF current_setting('application_name') = '{victim.Name}' THEN
                    RAISE EXCEPTION 'silo {victim.Name} has crashed (test)';
                END IF;
                RETURN NEW;
            END
            $fn$;
            CREATE TRIGGER test_crashed BEFORE INSERT OR UPDATE ON orleansmembershiptable
                FOR EACH ROW EXECUTE FUNCTION test_refuse_crashed_silo();
            CREATE TRIGGER test_crashed BEFORE INSERT OR UPDATE ON orleansmembershipversiontable
                FOR EACH ROW EXECUTE FUNCTION test_refuse_crashed_silo();
            """);

        // Its shutdown retries those refused writes for MaxJoinAttemptTime (bounded at a minute) before it closes its
        // connections; a crashed process would not retry at all. Orleans reads this value at each status update.
        var membership = ((InProcessSiloHandle)victim).SiloHost.Services.GetRequiredService<IOptions<ClusterMembershipOptions>>().Value;
        membership.MaxJoinAttemptTime = TimeSpan.FromMilliseconds(500);

        await cluster.KillSiloAsync(victim);
    }
}
