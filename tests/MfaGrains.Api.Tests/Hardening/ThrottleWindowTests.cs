using MfaGrains.Api.Devices;
using MfaGrains.Api.Http;
using System.Net;

namespace MfaGrains.Api.Tests.Hardening;

public sealed class ThrottleWindowTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_permit_given_back_in_its_window_can_be_taken_again_but_not_after_the_window_rolled()
    {
        var window = new ThrottleWindow(1, TimeSpan.FromMinutes(10));
        Assert.True(window.TryTake(Start, out var first, out _));
        Assert.False(window.TryTake(Start.AddMinutes(1), out _, out var retryAfter));
        Assert.Equal(TimeSpan.FromMinutes(9), retryAfter);

        window.GiveBack(first);
        Assert.True(window.TryTake(Start.AddMinutes(2), out _, out _));

        Assert.True(window.TryTake(Start.AddMinutes(10), out var next, out _));
        window.GiveBack(first);
        Assert.False(window.TryTake(Start.AddMinutes(11), out _, out _));
        Assert.NotEqual(first, next);
    }

    [Theory]
    [InlineData("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::ffff", "2001:db8:1:2::/64")]
    [InlineData("::ffff:198.51.100.7", "198.51.100.7")]
    [InlineData("198.51.100.7", "198.51.100.7")]
    public void Client_addresses_are_bucketed_by_ipv4_address_or_ipv6_64(string address, string bucket) =>
        Assert.Equal(bucket, ClientAddressBucket.For(IPAddress.Parse(address)));
}
