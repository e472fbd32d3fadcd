using MfaGrains.Api.Http;

namespace MfaGrains.Api.Tests.Http;

public sealed class UserIdsTests
{
    [Fact]
    public void A_user_id_is_lower_cased_invariantly()
    {
        Assert.True(UserIds.TryNormalize("Jane.Doe@NHS.net", out var userId));
        Assert.Equal("jane.doe@nhs.net", userId);
    }

    [Fact]
    public void Two_hundred_fifty_six_characters_are_accepted()
    {
        Assert.True(UserIds.TryNormalize(new string('a', 256), out var userId));
        Assert.Equal(256, userId.Length);
    }

    [Fact]
    public void Two_hundred_fifty_seven_characters_are_refused()
    {
        Assert.False(UserIds.TryNormalize(new string('a', 257), out var userId));
        Assert.Null(userId);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("jane\u0000doe")]
    [InlineData("jane\ndoe")]
    [InlineData("jane\u007fdoe")]
    [InlineData("jane\u0085doe")]
    public void Empty_ids_and_control_characters_are_refused(string? raw)
    {
        Assert.False(UserIds.TryNormalize(raw, out _));
    }

    [Fact]
    public void Spaces_and_non_ascii_letters_are_allowed()
    {
        Assert.True(UserIds.TryNormalize("Zoë Brontë", out var userId));
        Assert.Equal("zoë brontë", userId);
    }

    [Fact]
    public void A_refused_id_is_answered_with_validation_failed()
    {
        var problem = UserIds.Invalid();

        Assert.Equal(400, problem.StatusCode);
        Assert.Equal("validation_failed", problem.Details.Extensions["code"]);
    }

    [Theory]
    [InlineData("/v1/users/a%2Fb/challenges", "a/b")]
    [InlineData("/v1/users/a%252Fb/challenges?waitSeconds=1", "a%2Fb")]
    [InlineData("/V1/Users/Jane.Doe%40nhs.net", "Jane.Doe@nhs.net")]
    [InlineData("/base/v1/users/x%2f%2F?q", "x//")]
    [InlineData("/v1/devices/abc", null)]
    [InlineData("/v1/users/", null)]
    public void The_sent_user_id_is_decoded_once_from_the_raw_target(string rawTarget, string? expected) =>
        Assert.Equal(expected, RawUserIdSegment.Decode(rawTarget));
}
