using System.Diagnostics;
using MfaGrains.Push.Sending;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace MfaGrains.Push.Tests.Apns;

/// <summary>Measures sends per second against the fake APNs on loopback; a figure for docs/benchmarks.md, not a pass/fail test.</summary>
public sealed class ApnsThroughputBenchmark(ITestOutputHelper output)
{
    private const int Concurrency = 64;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Measured = TimeSpan.FromSeconds(5);

    [BenchmarkFact]
    public async Task Sends_per_second_with_64_concurrent_sends()
    {
        // Production-like logging: per-send Debug lines off.
        await using var harness = await ApnsHarness.StartAsync(LogLevel.Information);
        var tokens = Enumerable.Range(0, Concurrency).Select(_ => ApnsHarness.NewDeviceToken()).ToArray();
        using var stop = new CancellationTokenSource(WarmUp + Measured);
        var clock = new Stopwatch();
        long counted = 0;
        long failed = 0;

        async Task Worker(string token)
        {
            while (!stop.IsCancellationRequested)
            {
                var result = await harness.Sender.SendAsync(harness.Message(token), CancellationToken.None);
                if (result.Outcome != PushOutcome.Delivered)
                {
                    Interlocked.Increment(ref failed);
                }
                else if (clock.Elapsed >= WarmUp)
                {
                    Interlocked.Increment(ref counted);
                }
            }
        }

        clock.Start();
        await Task.WhenAll(tokens.Select(token => Task.Run(() => Worker(token)))).WaitAsync(WarmUp + Measured + Deadline.Default);
        var seconds = (clock.Elapsed - WarmUp).TotalSeconds;

        output.WriteLine($"APNs sender vs fake APNs (h2c loopback), {Concurrency} concurrent: {counted} sends in {seconds:F2} s = {counted / seconds:F0} sends/s; failures {failed}; provider JWTs {harness.Apns.DistinctProviderTokens}; processors {Environment.ProcessorCount}");
        Assert.Equal(0, failed);
    }
}
