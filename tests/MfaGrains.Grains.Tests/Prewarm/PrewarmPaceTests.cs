using MfaGrains.Grains.Prewarm;

namespace MfaGrains.Grains.Tests.Prewarm;

/// <summary>A job's ids are tried evenly over its window, none before the start, all by its end.</summary>
public sealed class PrewarmPaceTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 8, 6, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, 0)]
    [InlineData(1, 167)]
    [InlineData(300, 50_000)]
    [InlineData(600, 100_000)]
    [InlineData(6000, 100_000)]
    public void Ids_are_due_evenly_over_the_spread(int secondsAfterStart, int due) =>
        Assert.Equal(due, PrewarmPace.DueBy(Start.AddSeconds(secondsAfterStart), Start, 600, 100_000));

    [Fact]
    public void Without_a_spread_every_id_is_due_at_the_start()
    {
        Assert.Equal(0, PrewarmPace.DueBy(Start.AddTicks(-1), Start, 0, 10));
        Assert.Equal(10, PrewarmPace.DueBy(Start, Start, 0, 10));
    }
}
