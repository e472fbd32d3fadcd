using MfaGrains.Load.Stats;

namespace MfaGrains.Load.Tests;

public sealed class NinesTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(90, 1)]
    [InlineData(99, 2)]
    [InlineData(99.9, 3)]
    public void Each_nine_is_one_step_along_the_scale(double percentile, double nines)
    {
        Assert.Equal(nines, Nines.Of(percentile), 9);
        Assert.Equal(percentile, Nines.Percentile(nines), 9);
    }

    [Theory]
    [InlineData(0, "0%")]
    [InlineData(1, "90%")]
    [InlineData(2, "99%")]
    [InlineData(3, "99.9%")]
    [InlineData(5, "99.999%")]
    public void Whole_nines_are_labelled_as_percentiles(int nines, string label) => Assert.Equal(label, Nines.Label(nines));
}
