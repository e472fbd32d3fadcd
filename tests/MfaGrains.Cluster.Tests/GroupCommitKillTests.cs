using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using MfaGrains.Api.Tests.EndToEnd;
using MfaGrains.Cluster.Tests.Cluster;
using MfaGrains.Cluster.Tests.Traffic;
using Xunit.Abstractions;

namespace MfaGrains.Cluster.Tests;

/// <summary>
/// Group commit keeps the durability of one write per transaction: the single-machine engine, SIGKILLed in the middle
/// of a burst of a few thousand concurrent writes (new enrolments, each a user and an activation code written before
/// the 201), restarts with every write it acknowledged and every audit row those writes carried.
/// </summary>
public sealed class GroupCommitKillTests(ITestOutputHelper output)
{
    private const int Burst = 3000;
    private const int InFlight = 500;
    private const int AcknowledgedBeforeKill = 600;

    [Fact]
    public async Task A_SIGKILL_in_the_middle_of_a_burst_of_concurrent_writes_loses_none_that_was_acknowledged_nor_its_audit_row()
    {
        var directory = await SingleMachineEngine.PrepareAsync("group-commit-kill");

        await using (var engine = new SingleMachineEngine(directory))
        {
            await engine.StartAsync();
            using var clients = new ClusterClients([engine.Api, engine.Api]);
            var portal = clients.Portals[0];
            var acknowledged = new ConcurrentBag<(string UserId, string EnrolmentId)>();
            var refused = new ConcurrentBag<string>();
            using var slots = new SemaphoreSlim(InFlight);
            var burst = Enumerable.Range(0, Burst).Select(async n =>
            {
                await slots.WaitAsync();
                try
                {
                    var userId = $"burst{n:0000}.{Path.GetFileName(directory)}@kill.test";
                    using var response = await portal.Send(HttpMethod.Post, TestPortal.Users(userId) + "/enrolments", "{}");
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        acknowledged.Add((userId, Enrolments.Id(await TestPortal.Expect(HttpStatusCode.Created, response), "enrolmentId")));
                    }
                    else
                    {
                        refused.Add($"{(int)response.StatusCode}");
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                {
                    // Cut off by the kill: never acknowledged, so nothing is owed.
                }
                finally
                {
                    slots.Release();
                }
            }).ToList();

            await Eventually.Until(() => Task.FromResult(acknowledged.Count), count => count >= AcknowledgedBeforeKill, "acknowledged enrolments", TimeSpan.FromMinutes(2));
            await engine.KillAsync();
            var atKill = acknowledged.Count;
            await Task.WhenAll(burst);
            output.WriteLine($"SIGKILL with {atKill} of {Burst} acknowledged; {acknowledged.Count} acknowledged in all, {refused.Count} refused");
            Assert.Empty(refused);
            Assert.InRange(acknowledged.Count, AcknowledgedBeforeKill, Burst - InFlight);

            var clock = Stopwatch.StartNew();
            await engine.StartAsync();
            output.WriteLine($"restarted on the same file, ready after {clock.Elapsed.TotalSeconds:0.0} s");

            var missing = new ConcurrentBag<string>();
            using var readers = new SemaphoreSlim(16);
            await Task.WhenAll(acknowledged.Select(async enrolment =>
            {
                await readers.WaitAsync();
                try
                {
                    using var response = await portal.Send(HttpMethod.Get, $"{TestPortal.Users(enrolment.UserId)}/enrolments/{enrolment.EnrolmentId}");
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        missing.Add($"{enrolment.UserId}: {(int)response.StatusCode}");
                    }

                    // The enrolment's audit row was committed with the state that holds it, so it survived the kill too.
                    var audit = await TestPortal.Expect(HttpStatusCode.OK, await portal.Send(HttpMethod.Get, $"{TestPortal.Users(enrolment.UserId)}/audit"));
                    if (!audit.GetProperty("events").EnumerateArray().Any(e =>
                            e.GetProperty("event").GetString() == "enrolment" && e.TryGetProperty("detail", out var detail) && detail.GetString() == enrolment.EnrolmentId))
                    {
                        missing.Add($"{enrolment.UserId}: no audit row for {enrolment.EnrolmentId}");
                    }
                }
                finally
                {
                    readers.Release();
                }
            }));
            Assert.Empty(missing);
        }

        Directory.Delete(directory, recursive: true); // only after a pass: a failure's database and logs stay for its reader
    }
}
