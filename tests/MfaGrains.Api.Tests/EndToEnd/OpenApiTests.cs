using System.Net;
using System.Text.Json;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>The served OpenAPI document describes exactly the contract's <c>/v1</c> routes.</summary>
public sealed class OpenApiTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private static readonly string[] ContractRoutes =
    [
        "post /v1/users/{userId}/enrolments",
        "get /v1/users/{userId}/enrolments/{enrolmentId}",
        "delete /v1/users/{userId}/enrolments/{enrolmentId}",
        "get /v1/users/{userId}/enrolments/{enrolmentId}/qr",
        "post /v1/users/{userId}/enrolments/{enrolmentId}/test-challenge",
        "post /v1/users/{userId}/challenges",
        "get /v1/users/{userId}/challenges/{challengeId}",
        "delete /v1/users/{userId}/challenges/{challengeId}",
        "get /v1/users/{userId}/challenges/{challengeId}/events",
        "get /v1/users/{userId}",
        "delete /v1/users/{userId}/devices/{deviceId}",
        "post /v1/users/{userId}/unlock",
        "post /v1/devices",
        "get /v1/devices/{deviceId}/challenges",
        "post /v1/devices/{deviceId}/challenges/{challengeId}/answer",
        "put /v1/devices/{deviceId}/push-token",
        "delete /v1/devices/{deviceId}",
    ];

    [Fact]
    public async Task The_document_lists_exactly_the_contract_routes_with_their_error_codes()
    {
        var response = await engine.Http.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        var routes = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(op => op.Name != "parameters").Select(op => $"{op.Name} {path.Name.TrimEnd('/')}"))
            .Order()
            .ToList();
        Assert.Equal(ContractRoutes.Order(), routes);

        var answer = document.GetProperty("paths").GetProperty("/v1/devices/{deviceId}/challenges/{challengeId}/answer").GetProperty("post");
        Assert.Contains("challenge_not_pending", answer.GetProperty("responses").GetProperty("409").GetProperty("description").GetString(), StringComparison.Ordinal);
        var challenge = document.GetProperty("components").GetProperty("schemas").GetProperty("ChallengeResponse");
        var required = challenge.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains("challengeId", required);
        Assert.DoesNotContain("reason", required);
        Assert.DoesNotContain("resolvedAt", required);
        Assert.Equal("string", challenge.GetProperty("properties").GetProperty("createdAt").GetProperty("type").GetString());
    }
}
