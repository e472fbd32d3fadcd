using System.Threading.RateLimiting;
using MfaGrains.Api.Admission;
using Microsoft.Extensions.Time.Testing;

namespace MfaGrains.Api.Tests.Admission;

/// <summary>The CPU share limit admits fewer new sign-ins while the process is busier than its target, and all of them again once it is not.</summary>
public sealed class CpuShareLimiterTests
{
    private const int Cores = 2;
    private readonly FakeTimeProvider _clock = new();
    private TimeSpan _cpu;

    [Fact]
    public void Every_sign_in_is_admitted_while_the_CPU_stays_below_the_target()
    {
        using var limiter = Limiter(target: 0.9);

        var admitted = Run(limiter, intervals: 5, arrivalsPerInterval: 10, busy: 0.5);

        Assert.Equal(50, admitted);
        Assert.Equal(1, limiter.Share);
    }

    [Fact]
    public void A_CPU_busier_than_the_target_cuts_the_share_admitted_and_refusals_are_counted()
    {
        using var limiter = Limiter(target: 0.8);

        var first = Run(limiter, intervals: 1, arrivalsPerInterval: 100, busy: 1.0);
        var second = Run(limiter, intervals: 1, arrivalsPerInterval: 100, busy: 1.0);

        // A whole interval at full CPU against a target of 0.8: 0.8 of arrivals admitted, then 0.64.
        Assert.InRange(first, 79, 81);
        Assert.InRange(second, 63, 65);
        Assert.Equal(0.64, limiter.Share, 3);
        Assert.Equal(200 - first - second, limiter.GetStatistics()!.TotalFailedLeases);
    }

    [Fact]
    public void The_share_falls_no_lower_than_its_floor_and_climbs_back_once_the_CPU_is_quiet()
    {
        using var limiter = Limiter(target: 0.5);

        Run(limiter, intervals: 20, arrivalsPerInterval: 10, busy: 1.0);
        Assert.Equal(CpuShareLimiter.MinShare, limiter.Share);

        Run(limiter, intervals: 30, arrivalsPerInterval: 10, busy: 0.1);
        Assert.Equal(1, limiter.Share);
    }

    [Fact]
    public void After_a_quiet_spell_the_next_surge_starts_with_every_sign_in_admitted()
    {
        using var limiter = Limiter(target: 0.5);
        Run(limiter, intervals: 20, arrivalsPerInterval: 10, busy: 1.0);

        // Two seconds with no arrival and an idle CPU, then one arrival reads them.
        _clock.Advance(TimeSpan.FromSeconds(2));
        _cpu += TimeSpan.FromSeconds(2) * (0.05 * Cores);
        using var first = limiter.AttemptAcquire();

        Assert.True(first.IsAcquired);
        Assert.Equal(1, limiter.Share);
    }

    [Fact]
    public void The_in_flight_limit_still_holds_for_the_sign_ins_the_share_admits()
    {
        using var limiter = new CpuShareLimiter(
            new ConcurrencyLimiter(new() { PermitLimit = 1, QueueLimit = 0 }), _clock, () => _cpu, Cores, 0.9);

        using var first = limiter.AttemptAcquire();
        using var second = limiter.AttemptAcquire();

        Assert.True(first.IsAcquired);
        Assert.False(second.IsAcquired);
    }

    private CpuShareLimiter Limiter(double target) =>
        new(new ConcurrencyLimiter(new() { PermitLimit = 100_000, QueueLimit = 0 }), _clock, () => _cpu, Cores, target);

    /// <summary>Each interval: the process burns <paramref name="busy"/> of its cores, then the arrivals ask for a place.</summary>
    private int Run(CpuShareLimiter limiter, int intervals, int arrivalsPerInterval, double busy)
    {
        var admitted = 0;
        for (var i = 0; i < intervals; i++)
        {
            _clock.Advance(CpuShareLimiter.Interval);
            _cpu += CpuShareLimiter.Interval * (busy * Cores);
            for (var a = 0; a < arrivalsPerInterval; a++)
            {
                var lease = limiter.AttemptAcquire();
                admitted += lease.IsAcquired ? 1 : 0;
            }
        }

        return admitted;
    }
}
