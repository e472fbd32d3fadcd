using MfaGrains.Api.Signatures;
using MfaGrains.Api.Tests.Phones;

namespace MfaGrains.Api.Tests.Signatures;

public sealed class SignatureFreshnessTests : IDisposable
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_760_000_000);

    private readonly TestPhoneSigner phone = new();

    private string ChallengesPath => $"/v1/devices/{phone.DeviceId}/challenges";

    public void Dispose() => phone.Dispose();

    [Theory]
    [InlineData(-299)]
    [InlineData(-300)]
    [InlineData(0)]
    [InlineData(299)]
    [InlineData(300)]
    public void Signature_created_within_300_seconds_either_way_is_valid(int offsetSeconds)
    {
        var request = TestRequests.Signed(phone, "GET", ChallengesPath, null, Now.AddSeconds(offsetSeconds));

        Assert.Equal(SignatureCheck.Valid(phone.DeviceId), TestRequests.Check(request, null, phone, Now));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(-86_400)]
    public void Good_signature_created_more_than_300_seconds_away_is_stale(int offsetSeconds)
    {
        var request = TestRequests.Signed(phone, "GET", ChallengesPath, null, Now.AddSeconds(offsetSeconds));

        Assert.Equal(SignatureCheck.Stale(phone.DeviceId), TestRequests.Check(request, null, phone, Now));
    }

    [Fact]
    public void Bad_signature_is_invalid_rather_than_stale()
    {
        using var other = new TestPhoneSigner();
        var request = TestRequests.Signed(phone, "GET", ChallengesPath, null, Now.AddSeconds(-301));

        Assert.Equal(SignatureCheck.Invalid(SignatureFailure.BadSignature), TestRequests.Check(request, null, other, Now));
    }

    [Fact]
    public void Allowed_clock_skew_is_a_parameter()
    {
        var request = TestRequests.Signed(phone, "GET", ChallengesPath, null, Now.AddSeconds(-61));

        Assert.Equal(SignatureCheck.Stale(phone.DeviceId), TestRequests.Check(request, null, phone, Now, TimeSpan.FromSeconds(60)));
        Assert.Equal(SignatureCheck.Valid(phone.DeviceId), TestRequests.Check(request, null, phone, Now, TimeSpan.FromSeconds(61)));
    }

    [Fact]
    public void Default_allowed_clock_skew_is_300_seconds() =>
        Assert.Equal(TimeSpan.FromSeconds(300), SignedRequest.DefaultMaxClockSkew);
}
