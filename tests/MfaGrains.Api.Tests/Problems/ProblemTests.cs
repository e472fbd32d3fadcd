using System.Text.Json;
using MfaGrains.Api.Problems;
using MfaGrains.Contracts.Challenges;
using MfaGrains.Contracts.Errors;
using Microsoft.AspNetCore.Http;

namespace MfaGrains.Api.Tests.Problems;

public sealed class ProblemTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 7, 0, 5, TimeSpan.Zero);

    [Fact]
    public async Task A_problem_is_written_as_problem_json_with_type_title_status_detail_and_code()
    {
        var (response, json) = await ExecuteAsync(Problem.For(MfaErrorCode.DeviceNotFound, "No device dev_1 for this user."));

        Assert.Equal(404, response.StatusCode);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.False(response.Headers.ContainsKey("Retry-After"));
        Assert.Equal(
            ["type", "title", "status", "detail", "code"],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("https://mfagrains.dev/problems/device_not_found", json.GetProperty("type").GetString());
        Assert.Equal("Device not found", json.GetProperty("title").GetString());
        Assert.Equal(404, json.GetProperty("status").GetInt32());
        Assert.Equal("No device dev_1 for this user.", json.GetProperty("detail").GetString());
        Assert.Equal("device_not_found", json.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Without_a_detail_the_catalogue_default_is_used()
    {
        var (_, json) = await ExecuteAsync(Problem.For(MfaErrorCode.NotFound));

        Assert.Equal(ProblemCatalogue.Get(MfaErrorCode.NotFound).DefaultDetail, json.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData(30_000, "30")]
    [InlineData(1_200, "2")]
    [InlineData(100, "1")]
    [InlineData(59_001, "60")]
    [InlineData(0, "1")]
    [InlineData(-5_000, "1")]
    public async Task Retry_after_is_whole_seconds_rounded_up_and_at_least_one(int millisecondsAhead, string expected)
    {
        var failure = new MfaFailure(MfaErrorCode.TooManyChallenges, RetryAt: Now.AddMilliseconds(millisecondsAhead));

        var (response, json) = await ExecuteAsync(Problem.From(failure, Now));

        Assert.Equal(429, response.StatusCode);
        Assert.Equal(expected, response.Headers.RetryAfter.ToString());
        Assert.Equal("too_many_challenges", json.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_failure_keeps_its_detail()
    {
        var failure = new MfaFailure(MfaErrorCode.Locked, "Push sign-in is locked after a fraud report.", Now.AddMinutes(60));

        var (response, json) = await ExecuteAsync(Problem.From(failure, Now));

        Assert.Equal(423, response.StatusCode);
        Assert.Equal("3600", response.Headers.RetryAfter.ToString());
        Assert.Equal("Push sign-in is locked after a fraud report.", json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Challenge_not_pending_carries_the_status_and_reason_as_camel_case_strings()
    {
        var failure = new MfaFailure(MfaErrorCode.ChallengeNotPending, ChallengeStatus: ChallengeStatus.Denied, ChallengeReason: ChallengeReason.WrongNumber);

        var (response, json) = await ExecuteAsync(Problem.From(failure, Now));

        Assert.Equal(409, response.StatusCode);
        Assert.Equal("challenge_not_pending", json.GetProperty("code").GetString());
        Assert.Equal("denied", json.GetProperty("challengeStatus").GetString());
        Assert.Equal("wrongNumber", json.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Challenge_not_pending_without_a_reason_has_no_reason_member()
    {
        var failure = new MfaFailure(MfaErrorCode.ChallengeNotPending, ChallengeStatus: ChallengeStatus.Approved);

        var (_, json) = await ExecuteAsync(Problem.From(failure, Now));

        Assert.Equal("approved", json.GetProperty("challengeStatus").GetString());
        Assert.False(json.TryGetProperty("reason", out _));
    }

    [Fact]
    public async Task An_unexpected_fault_is_a_500_without_a_code()
    {
        var (response, json) = await ExecuteAsync(Problem.Unexpected());

        Assert.Equal(500, response.StatusCode);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.False(json.TryGetProperty("code", out _));
        Assert.Equal(500, json.GetProperty("status").GetInt32());
    }

    private static async Task<(HttpResponse Response, JsonElement Json)> ExecuteAsync(IResult result)
    {
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();

        await result.ExecuteAsync(context);

        context.Response.Body.Position = 0;
        using var document = await JsonDocument.ParseAsync(context.Response.Body);
        return (context.Response, document.RootElement.Clone());
    }
}
