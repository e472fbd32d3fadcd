using System.Diagnostics;
using MfaGrains.Push.Sending;
using Xunit.Abstractions;

namespace MfaGrains.Push.Tests.Fcm;

/// <summary>Measures sends/s against the loopback fake; a measurement to record in docs/benchmarks.md, not a pass/fail test.</summary>
public sealed class FcmThroughputBenchmark(ITestOutputHelper output)
{
    private const int Concurrency = 64;
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Measured = TimeSpan.FromSeconds(5);

    [BenchmarkFact]
    [Trait("Category", "Benchmark")]
    public async Task Sends_per_second_with_64_concurrent_sends()
    {
        await using var host = await FcmTestHost.StartAsync();
        await RunAsync(host, Warmup);

        var stopwatch = Stopwatch.StartNew();
        var (sent, failed) = await RunAsync(host, Measured);
        stopwatch.Stop();

        output.WriteLine($"FCM sender: {sent / stopwatch.Elapsed.TotalSeconds:F0} sends/s ({sent} in {stopwatch.Elapsed.TotalSeconds:F1} s, "
                         + $"{Concurrency} concurrent, {failed} not delivered, {host.Fake.TokenRequests} token request(s))");
        Assert.Equal(0, failed);
        Assert.Empty(host.Fake.Violations);
    }

    private static async Task<(int Sent, int Failed)> RunAsync(FcmTestHost host, TimeSpan duration)
    {
        using var stop = new CancellationTokenSource(duration);
        var sent = 0;
        var failed = 0;
        var sender = host.Sender;
        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(worker => Task.Run(async () =>
        {
            // Challenges expire an hour out on the fake clock, which does not move here.
            var message = host.Message($"fcm-token-{worker}", TimeSpan.FromHours(1));
            while (!stop.IsCancellationRequested)
            {
                var result = await sender.SendAsync(message, CancellationToken.None);
                Interlocked.Increment(ref result.Outcome == PushOutcome.Delivered ? ref sent : ref failed);
            }
        })));
        return (sent, failed);
    }
}
