using MfaGrains.Load.Engine;

namespace MfaGrains.Load.Tests;

public sealed class LoadPlanTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private static readonly IReadOnlyList<LoadPhase> Plan = [new OpenPhase(2, 2, 10 * Second), new OpenPhase(2, 20, 30 * Second)];

    [Theory]
    [InlineData(0, 0)]
    [InlineData(5, 10)]
    [InlineData(10, 20)]
    [InlineData(25, 20 + 30 + 67.5)] // 15 s into the ramp: 2 × 15 + 18 × 15² / (2 × 30)
    [InlineData(40, 20 + 330)]
    [InlineData(99, 20 + 330)]
    public void Arrivals_by_a_time_add_up_the_phases_before_it(double seconds, double expected) =>
        Assert.Equal(expected, LoadPlan.ArrivalsBy(Plan, TimeSpan.FromSeconds(seconds))!.Value, 9);

    [Fact]
    public void A_closed_model_plan_has_no_planned_arrivals()
    {
        IReadOnlyList<LoadPhase> closed = [new OpenPhase(2, 2, Second), new ClosedPhase(5, Second)];

        Assert.Null(LoadPlan.ArrivalsBy(closed, Second));
        Assert.Null(LoadPlan.Arrivals(closed));
    }
}
