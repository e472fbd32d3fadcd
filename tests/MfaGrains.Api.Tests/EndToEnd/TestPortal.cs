using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MfaGrains.Client;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>A relying party's portal: bearer API key, JSON in and out. The raw calls answer with the HTTP response, for
/// tests that look at statuses and problems; <see cref="Client"/> is the client library's portal with the same key.</summary>
public sealed class TestPortal(HttpClient http, string apiKey = EngineHost.PortalKey)
{
    public MfaPortalClient Client { get; } = new(http, apiKey);

    public static string Users(string userId) => "/v1/users/" + Uri.EscapeDataString(userId);

    public async Task<HttpResponseMessage> Send(HttpMethod method, string path, string? json = null, string contentType = "application/json", CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        return await http.SendAsync(request, cancellationToken);
    }

    public async Task<JsonElement> CreateEnrolment(string userId) =>
        await Expect(HttpStatusCode.Created, await Send(HttpMethod.Post, Users(userId) + "/enrolments", "{}"));

    public async Task<JsonElement> CreateTestChallenge(string userId, string enrolmentId) =>
        await Expect(HttpStatusCode.Created, await Send(HttpMethod.Post, $"{Users(userId)}/enrolments/{enrolmentId}/test-challenge"));

    public async Task<JsonElement> GetEnrolment(string userId, string enrolmentId) =>
        await Expect(HttpStatusCode.OK, await Send(HttpMethod.Get, $"{Users(userId)}/enrolments/{enrolmentId}"));

    public Task<HttpResponseMessage> CreateChallenge(string userId, string body = "{}") =>
        Send(HttpMethod.Post, Users(userId) + "/challenges", body);

    public async Task<JsonElement> GetChallenge(string userId, string challengeId, int? waitSeconds = null, CancellationToken cancellationToken = default) =>
        await Expect(HttpStatusCode.OK, await Send(
            HttpMethod.Get, $"{Users(userId)}/challenges/{challengeId}" + (waitSeconds is null ? "" : $"?waitSeconds={waitSeconds}"), cancellationToken: cancellationToken));

    public async Task<JsonElement> GetAccount(string userId) =>
        await Expect(HttpStatusCode.OK, await Send(HttpMethod.Get, Users(userId)));

    public static async Task<JsonElement> Expect(HttpStatusCode status, HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts a contract problem: status, problem+json and the machine-readable code.</summary>
    public static async Task<JsonElement> ExpectProblem(HttpStatusCode status, string code, HttpResponseMessage response)
    {
        var problem = await Expect(status, response);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
