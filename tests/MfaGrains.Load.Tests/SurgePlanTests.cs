using MfaGrains.Load.Engine;

namespace MfaGrains.Load.Tests;

public sealed class SurgePlanTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public void The_plan_is_night_then_ramp_up_then_hold_then_ramp_down()
    {
        var plan = new SurgePlan(2, 20, 10 * Second, 30 * Second, 60 * Second, 30 * Second);

        var phases = LoadPlan.Resolve(plan.Simulations());

        Assert.Equal(
            [
                new OpenPhase(2, 2, 10 * Second),
                new OpenPhase(2, 20, 30 * Second),
                new OpenPhase(20, 20, 60 * Second),
                new OpenPhase(20, 2, 30 * Second),
            ],
            phases);
        Assert.Equal(130 * Second, plan.Duration);
    }

    [Fact]
    public void Arrivals_are_the_integral_of_the_rate()
    {
        var plan = new SurgePlan(2, 20, 10 * Second, 30 * Second, 60 * Second, 30 * Second);

        // Night 2 × 10, each ramp (2 + 20) / 2 × 30, hold 20 × 60.
        Assert.Equal(20 + 330 + 1200 + 330, plan.Arrivals);
    }

    [Fact]
    public void Arrivals_match_what_the_drivers_launch_phase_by_phase()
    {
        var plan = new SurgePlan(1, 7, 3 * Second, 4 * Second, 5 * Second, 6 * Second);

        var launched = LoadPlan.Resolve(plan.Simulations()).Cast<OpenPhase>().Sum(phase => (long)Math.Round(phase.ArrivalsBy(phase.During)));

        Assert.Equal(launched, plan.Arrivals);
        Assert.Equal(3 + 16 + 35 + 24, plan.Arrivals);
    }

    [Fact]
    public void A_night_rate_of_zero_is_a_night_without_arrivals()
    {
        var plan = new SurgePlan(0, 10, 5 * Second, 10 * Second, 0 * Second, 10 * Second);

        var phases = LoadPlan.Resolve(plan.Simulations());

        Assert.Equal([new OpenPhase(0, 0, 5 * Second), new OpenPhase(0, 10, 10 * Second), new OpenPhase(10, 0, 10 * Second)], phases);
        Assert.Equal(0 + 50 + 50, plan.Arrivals);
    }

    [Fact]
    public void A_phase_of_zero_length_is_left_out_so_a_missing_ramp_is_a_step()
    {
        var plan = new SurgePlan(3, 30, 5 * Second, TimeSpan.Zero, 10 * Second, TimeSpan.Zero);

        var phases = LoadPlan.Resolve(plan.Simulations());

        Assert.Equal([new OpenPhase(3, 3, 5 * Second), new OpenPhase(30, 30, 10 * Second)], phases);
        Assert.Equal(15 + 300, plan.Arrivals);
    }

    [Theory]
    [InlineData(11, 10, 1, 1, 1, 1)]
    [InlineData(-1, 10, 1, 1, 1, 1)]
    [InlineData(1, 0, 1, 1, 1, 1)]
    [InlineData(1, 10, 0, 0, 0, 0)]
    [InlineData(1, 10, -1, 1, 1, 1)]
    public void A_plan_that_makes_no_sense_is_refused(int night, int peak, int nightSeconds, int rampUp, int hold, int rampDown) =>
        Assert.ThrowsAny<ArgumentException>(() =>
            new SurgePlan(night, peak, nightSeconds * Second, rampUp * Second, hold * Second, rampDown * Second));
}
