using System.Diagnostics;
using MfaGrains.Cluster.Tests.Cluster;
using MfaGrains.Cluster.Tests.Traffic;
using Xunit.Abstractions;

namespace MfaGrains.Cluster.Tests;

/// <summary>
/// The cluster as real processes (3 silos, 2 API instances, PostgreSQL) survives a silo's SIGKILL in the middle of
/// sign-in traffic through both instances, and then a whole-cluster restart, without losing anything it accepted.
/// </summary>
public sealed class SiloDeathTests(ClusterFixture cluster, ITestOutputHelper output) : IClassFixture<ClusterFixture>
{
    private const int Users = 100;
    // 100 s of sign-ins with the kill half-way: the failures of the few seconds before the cluster notices the death are
    // weighed against 100 s of traffic, at a rate this 2-core box sustains beside the rest of the suite.
    private const int SignIns = 400;
    private const double SignInsPerSecond = 4;
    private const int MaxInFlight = 16;
    private const string Victim = "silo-2";
    private static readonly TimeSpan DeathDeadline = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Survives_a_killed_silo_mid_traffic_then_a_full_restart()
    {
        var log = new AttemptLog();
        List<EnrolledUser> users;
        List<TakenUp> signIns;
        using (var clients = new ClusterClients(cluster.Apis))
        {
            var enrolling = Stopwatch.StartNew();
            users = await ClusterEnrolment.EnrolAsync(clients, cluster.ClusterId, Users, concurrency: 8);
            Say($"enrolled {users.Count} users through both instances in {enrolling.Elapsed.TotalSeconds:0.0} s");

            var victim = ClusterProcess.Read(Victim);
            var victimPort = int.Parse(victim.Environment("Orleans__SiloPort"));
            var watch = new DeathWatch(cluster.Database, cluster.ClusterId, victimPort);
            var flow = new SignInFlow(clients, log);
            var lateCheck = new LateCheck(clients, flow, log);
            signIns = await new SignInRun(log).RunAsync(users, SignIns, SignInsPerSecond, MaxInFlight, interruptBefore: SignIns / 2, async () =>
            {
                var sinceKill = Stopwatch.StartNew();
                log.KilledAt = log.Clock.Elapsed;
                await victim.KillAsync(within: TimeSpan.FromSeconds(10));
                watch.Start(sinceKill, DeathDeadline);
                Say($"SIGKILL {Victim} (pid {victim.Pid}, silo port {victimPort}) at {DateTime.Now:HH:mm:ss.fff}, +{log.KilledAt.Value.TotalSeconds:0.0} s into the sign-ins");
            }, async (user, portalApi) =>
            {
                var outcome = await flow.RunAsync(user, portalApi);
                if (outcome.Succeeded)
                {
                    return new TakenUp(outcome);
                }

                // Still holding the user, so no later sign-in supersedes the challenge before it is looked at.
                if (log.KilledAt is not null)
                {
                    await watch.Declared.WaitAsync(DeathDeadline);
                }

                var (verdict, late) = await lateCheck.CheckAsync(outcome);
                return new TakenUp(outcome, verdict, late);
            });

            var report = new KillReport(signIns, log, await watch.Declared.WaitAsync(DeathDeadline));
            foreach (var line in report.Lines().Concat(await MembershipTable.DescribeAsync(cluster.Database, cluster.ClusterId)))
            {
                Say(line);
            }

            Assert.Empty(report.Lost.Select(l => $"{l.User.UserId} {l.ChallengeId}: {l.FailedWith}"));
            Assert.True(report.SuccessRate >= 0.99, $"Success rate {report.SuccessRate:P1} is below 99 %.");

            // Nothing answered is lost, and every accepted enrolment is still there, read after the kill.
            var afterKill = new ReadBack(clients, new AttemptLog());
            Assert.Empty(await afterKill.ChallengesAsync(Answered(signIns), concurrency: 8));
            Assert.Empty(await afterKill.EnrolmentsAsync(users, concurrency: 8));
        }

        var restarting = Stopwatch.StartNew();
        await cluster.RestartAsync();
        Say($"whole cluster stopped and started again on the same database in {restarting.Elapsed.TotalSeconds:0.0} s");
        using (var clients = new ClusterClients(cluster.Apis))
        {
            var afterRestart = new ReadBack(clients, new AttemptLog());
            Assert.Empty(await afterRestart.EnrolmentsAsync(users, concurrency: 8));
            Assert.Empty(await afterRestart.ChallengesAsync(Resolved(signIns), concurrency: 8));
        }
    }

    private static IEnumerable<SignInOutcome> Outcomes(IEnumerable<TakenUp> signIns) =>
        signIns.SelectMany(s => s.Late is null ? [s.Outcome] : new[] { s.Outcome, s.Late });

    /// <summary>Challenges whose answer got 200, with the status that answer returned.</summary>
    private static List<(EnrolledUser, string, string)> Answered(IEnumerable<TakenUp> signIns) =>
        [.. Outcomes(signIns).Where(o => o.AnsweredStatus is not null).Select(o => (o.User, o.ChallengeId!, o.AnsweredStatus!)).Distinct()];

    /// <summary>Every challenge the run saw resolved, with that status.</summary>
    private static List<(EnrolledUser, string, string)> Resolved(IEnumerable<TakenUp> signIns) =>
        [.. Outcomes(signIns).Where(o => o.FinalStatus is "approved" or "denied").Select(o => (o.User, o.ChallengeId!, o.FinalStatus!)).Distinct()];

    private void Say(string line)
    {
        output.WriteLine(line);
        cluster.Report(line);
    }
}
