using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using static MfaGrains.Api.Tests.EndToEnd.Enrolments;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>The portal watching a challenge as server-sent events.</summary>
public sealed class ChallengeEventsTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Events_stream_the_current_status_then_the_answer_then_close()
    {
        var userId = EngineFixture.NewUserId();
        using var phone = engine.NewPhone();
        await EnrolActive(engine.Portal, phone, userId);
        var challenge = await TestPortal.Expect(HttpStatusCode.Created, await engine.Portal.CreateChallenge(userId));

        using var stream = await OpenEvents(userId, Id(challenge, "challengeId"));
        var first = await NextEvent(stream).WaitAsync(Deadline);
        Assert.Equal("pending", Id(first!.Value, "status"));

        await TestPortal.Expect(HttpStatusCode.OK, await phone.Answer(Id(challenge, "challengeId"), "approve", Id(challenge, "number")));

        var second = await NextEvent(stream).WaitAsync(Deadline);
        Assert.Equal("approved", Id(second!.Value, "status"));
        Assert.Null(await NextEvent(stream).WaitAsync(Deadline));
    }

    [Fact]
    public async Task Events_for_a_resolved_challenge_send_one_event_and_close_at_once()
    {
        var userId = EngineFixture.NewUserId();
        using var phone = engine.NewPhone();
        await EnrolActive(engine.Portal, phone, userId);
        var challenge = await TestPortal.Expect(HttpStatusCode.Created, await engine.Portal.CreateChallenge(userId));
        await phone.Answer(Id(challenge, "challengeId"), "deny");

        using var stream = await OpenEvents(userId, Id(challenge, "challengeId"));

        Assert.Equal("denied", Id((await NextEvent(stream).WaitAsync(Deadline))!.Value, "status"));
        Assert.Null(await NextEvent(stream).WaitAsync(Deadline));
    }

    [Fact]
    public async Task Events_of_an_unknown_challenge_are_a_404_problem()
    {
        var response = await engine.Portal.Send(HttpMethod.Get, $"{TestPortal.Users(EngineFixture.NewUserId())}/challenges/chl_unknown/events");

        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "challenge_not_found", response);
    }

    private async Task<StreamReader> OpenEvents(string userId, string challengeId)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"{TestPortal.Users(userId)}/challenges/{challengeId}/events");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", EngineHost.PortalKey);
        var response = await engine.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new StreamReader(await response.Content.ReadAsStreamAsync());
    }

    /// <summary>The next <c>status</c> event's JSON, skipping comments; null once the server has closed the stream.</summary>
    private static async Task<JsonElement?> NextEvent(StreamReader reader)
    {
        string? eventName = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                eventName = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                Assert.Equal("status", eventName);
                return JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
            }
        }

        return null;
    }
}
