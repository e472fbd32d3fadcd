using System.Diagnostics;
using System.Net;
using MfaGrains.Api.Tests.EndToEnd;
using MfaGrains.Cluster.Tests.Cluster;
using MfaGrains.Cluster.Tests.Traffic;
using Xunit.Abstractions;

namespace MfaGrains.Cluster.Tests;

/// <summary>
/// README's claim for <c>Storage:SqliteSynchronous=Normal</c>, the default: a commit survives the single-machine
/// engine's process being SIGKILLed. Everything the engine answered before the kill is there after a restart.
/// </summary>
public sealed class SqliteKillTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_SIGKILLed_engine_restarts_with_every_accepted_enrolment_answer_and_challenge()
    {
        var directory = await SingleMachineEngine.PrepareAsync("sqlite-kill");

        await using (var engine = new SingleMachineEngine(directory))
        {
            var clock = Stopwatch.StartNew();
            await engine.StartAsync();
            output.WriteLine($"engine ready on {engine.Api} after {clock.Elapsed.TotalSeconds:0.0} s; data and logs in {directory}");

            // One process plays both instances the traffic helpers alternate between.
            using var clients = new ClusterClients([engine.Api, engine.Api]);
            var log = new AttemptLog();
            var flow = new SignInFlow(clients, log);
            var user = Assert.Single(await ClusterEnrolment.EnrolAsync(clients, Path.GetFileName(directory), users: 1, concurrency: 1));
            var approved = await flow.RunAsync(user, portalApi: 0);
            Assert.True(approved.Succeeded, $"sign-in failed at {approved.FailedStep}: {approved.FailedWith}");
            var pending = await TestPortal.Expect(HttpStatusCode.Created, await clients.Portals[0].CreateChallenge(user.UserId));

            // The instant the 201 is read: whatever the engine had not committed by now would be lost.
            await engine.KillAsync();
            output.WriteLine($"SIGKILL after the pending challenge's 201, +{clock.Elapsed.TotalSeconds:0.0} s");

            clock.Restart();
            await engine.StartAsync();
            output.WriteLine($"restarted on the same file, ready after {clock.Elapsed.TotalSeconds:0.0} s");

            var readBack = new ReadBack(clients, log);
            var pendingId = Enrolments.Id(pending, "challengeId");
            Assert.Empty(await readBack.EnrolmentsAsync([user], concurrency: 1));
            Assert.Empty(await readBack.ChallengesAsync([(user, approved.ChallengeId!, "approved"), (user, pendingId, "pending")], concurrency: 1));

            // Still answerable: the phone lists it, approves it with its number, and the portal reads approved.
            var answered = await flow.ContinueAsync(
                new SignInOutcome(user, 0, pendingId, Enrolments.Id(pending, "number"), null, null, null, null, log.Clock.Elapsed));
            Assert.True(answered.Succeeded, $"the pending challenge failed at {answered.FailedStep}: {answered.FailedWith}");
        }

        Directory.Delete(directory, recursive: true); // only after a pass: a failure's database and logs stay for its reader
    }
}
