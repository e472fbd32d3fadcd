using System.Net;
using System.Text.Json;
using MfaGrains.Api.Tests.EndToEnd;
using static MfaGrains.Api.Tests.EndToEnd.Enrolments;

namespace MfaGrains.Api.Tests.Prewarm;

/// <summary>
/// <c>POST /v1/prewarm</c> and <c>GET /v1/prewarm/{jobId}</c> (an addition): a roster of up to 100,000 ids is accepted
/// past the usual 16 KiB body limit, warmed, and reported as warmed / unknown / failed; an unknown id creates no user.
/// </summary>
public sealed class PrewarmApiTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private readonly TestPortal _portal = engine.Portal;

    [Fact]
    public async Task A_roster_is_warmed_and_its_unknown_ids_create_no_user()
    {
        var known = EngineFixture.NewUserId();
        using var phone = engine.NewPhone();
        await EnrolActive(_portal, phone, known);
        var unknown = EngineFixture.NewUserId();
        var body = JsonSerializer.Serialize(new { userIds = new[] { known, unknown, known.ToUpperInvariant() }, spreadSeconds = 0 });

        using var response = await _portal.Send(HttpMethod.Post, "/v1/prewarm", body);
        var accepted = await TestPortal.Expect(HttpStatusCode.Accepted, response);
        var jobId = Id(accepted, "jobId");
        Assert.Equal($"/v1/prewarm/{jobId}", response.Headers.Location?.OriginalString);
        Assert.Equal(2, accepted.GetProperty("requested").GetInt32());

        var done = await Eventually.Until(() => Job(jobId), j => Id(j, "status") == "completed", "the pre-warm job to complete");
        Assert.Equal((2, 1, 1, 0), (done.GetProperty("requested").GetInt32(), done.GetProperty("warmed").GetInt32(), done.GetProperty("unknown").GetInt32(), done.GetProperty("failed").GetInt32()));
        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "user_not_found", await _portal.Send(HttpMethod.Get, TestPortal.Users(unknown)));
    }

    [Fact]
    public async Task A_roster_of_100000_ids_passes_the_raised_body_limit_and_one_more_is_refused()
    {
        string Roster(int count) => JsonSerializer.Serialize(new { userIds = Enumerable.Range(0, count).Select(i => $"staff.{i:D6}@nhs.net"), at = engine.Host.Clock.GetUtcNow().AddDays(1) });

        var accepted = await TestPortal.Expect(HttpStatusCode.Accepted, await _portal.Send(HttpMethod.Post, "/v1/prewarm", Roster(100_000)));
        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "validation_failed", await _portal.Send(HttpMethod.Post, "/v1/prewarm", Roster(100_001)));

        Assert.Equal(("scheduled", 100_000, 300), (Id(accepted, "status"), accepted.GetProperty("requested").GetInt32(), accepted.GetProperty("spreadSeconds").GetInt32()));
        await TestPortal.ExpectProblem(HttpStatusCode.RequestEntityTooLarge, "payload_too_large", await _portal.CreateChallenge(EngineFixture.NewUserId(), Roster(1_000)));
    }

    [Theory]
    [InlineData("""{"userIds":[]}""")]
    [InlineData("""{}""")]
    [InlineData("""{"userIds":["a@nhs.net","\u0007"]}""")]
    [InlineData("""{"userIds":["a@nhs.net"],"spreadSeconds":-1}""")]
    [InlineData("""{"userIds":["a@nhs.net"],"spreadSeconds":14401}""")]
    [InlineData("""{"userIds":["a@nhs.net"],"at":"2999-01-01T00:00:00Z"}""")]
    [InlineData("""{"userIds":"a@nhs.net"}""")]
    public async Task A_bad_roster_is_refused_and_starts_nothing(string body) =>
        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "validation_failed", await _portal.Send(HttpMethod.Post, "/v1/prewarm", body));

    [Theory]
    [InlineData("pwj_00000000000000000000000000000000")]
    [InlineData("not-a-job")]
    public async Task An_unknown_job_is_not_found(string jobId) =>
        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "not_found", await _portal.Send(HttpMethod.Get, $"/v1/prewarm/{jobId}"));

    [Fact]
    public async Task Pre_warm_needs_the_portal_key()
    {
        var stranger = new TestPortal(engine.Http, "not-a-key");

        await TestPortal.ExpectProblem(HttpStatusCode.Unauthorized, "unauthenticated", await stranger.Send(HttpMethod.Post, "/v1/prewarm", """{"userIds":["a@nhs.net"]}"""));
    }

    private async Task<JsonElement> Job(string jobId) => await TestPortal.Expect(HttpStatusCode.OK, await _portal.Send(HttpMethod.Get, $"/v1/prewarm/{jobId}"));
}
