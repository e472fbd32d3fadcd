using System.Net;
using System.Text.Json;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>The served OpenAPI document describes exactly the contract's <c>/v1</c> routes, plus the engine's additions marked as such.</summary>
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
        "post /v1/users/{userId}/passcodes/verify",
        "post /v1/users/{userId}/passcodes",
        "put /v1/users/{userId}/phone",
        "post /v1/users/{userId}/totp",
        "get /v1/users/{userId}/totp/{totpId}/qr",
        "post /v1/users/{userId}/totp/{totpId}/confirm",
        "delete /v1/users/{userId}/totp/{totpId}",
        "post /v1/devices",
        "get /v1/devices/{deviceId}/challenges",
        "post /v1/devices/{deviceId}/challenges/{challengeId}/answer",
        "put /v1/devices/{deviceId}/push-token",
        "delete /v1/devices/{deviceId}",
    ];

    /// <summary>The engine's documented additions (docs/api.md), each tagged "Additions" so a reader tells them from the contract.</summary>
    private static readonly string[] AdditionRoutes =
    [
        "post /v1/prewarm",
        "get /v1/prewarm/{jobId}",
    ];

    [Fact]
    public async Task The_document_lists_exactly_the_contract_routes_and_the_marked_additions_with_their_error_codes()
    {
        var response = await engine.Http.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(op => op.Name != "parameters").Select(op => (Route: $"{op.Name} {path.Name}", Operation: op.Value)))
            .ToList();
        static bool IsAddition(JsonElement operation) =>
            operation.TryGetProperty("tags", out var tags) && tags.EnumerateArray().Any(t => t.GetString() == "Additions");
        Assert.Equal(ContractRoutes.Order(), operations.Where(o => !IsAddition(o.Operation)).Select(o => o.Route).Order());
        Assert.Equal(AdditionRoutes.Order(), operations.Where(o => IsAddition(o.Operation)).Select(o => o.Route).Order());
        Assert.All(operations.Where(o => IsAddition(o.Operation)), o => Assert.StartsWith("Addition", o.Operation.GetProperty("summary").GetString(), StringComparison.Ordinal));
        var create = document.GetProperty("paths").GetProperty("/v1/users/{userId}/challenges").GetProperty("post");
        Assert.True(create.GetProperty("responses").TryGetProperty("503", out _), "the admission refusal is documented");

        var answer = document.GetProperty("paths").GetProperty("/v1/devices/{deviceId}/challenges/{challengeId}/answer").GetProperty("post");
        Assert.Contains("challenge_not_pending", answer.GetProperty("responses").GetProperty("409").GetProperty("description").GetString(), StringComparison.Ordinal);
        var challenge = document.GetProperty("components").GetProperty("schemas").GetProperty("ChallengeResponse");
        var required = challenge.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains("challengeId", required);
        Assert.DoesNotContain("reason", required);
        Assert.DoesNotContain("resolvedAt", required);
        Assert.Equal("string", challenge.GetProperty("properties").GetProperty("createdAt").GetProperty("type").GetString());
        Assert.Contains("deliveries", required);
    }

    [Fact]
    public async Task Phone_routes_document_their_body_errors_and_signature_headers_and_portal_routes_their_bearer_key()
    {
        var document = JsonDocument.Parse(await engine.Http.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = document.GetProperty("paths");
        string Codes(string path, string method, string status) => ErrorDescription(paths, path, method, status);

        foreach (var (path, method) in new[] { ("/v1/devices", "post"), ("/v1/devices/{deviceId}/challenges/{challengeId}/answer", "post"), ("/v1/devices/{deviceId}/push-token", "put") })
        {
            Assert.Contains("`validation_failed`", Codes(path, method, "400"), StringComparison.Ordinal);
            Assert.Contains("`unsupported_media_type`", Codes(path, method, "415"), StringComparison.Ordinal);
            Assert.Contains("`payload_too_large`", Codes(path, method, "413"), StringComparison.Ordinal);
            Assert.Contains("`invalid_signature`", Codes(path, method, "401"), StringComparison.Ordinal);
        }

        Assert.Contains("`validation_failed`", Codes("/v1/devices/{deviceId}/challenges", "get", "400"), StringComparison.Ordinal);

        var pending = paths.GetProperty("/v1/devices/{deviceId}/challenges").GetProperty("get");
        var headers = pending.GetProperty("parameters").EnumerateArray()
            .Where(p => p.GetProperty("in").GetString() == "header")
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.TryGetProperty("required", out var r) && r.GetBoolean());
        Assert.True(headers["Signature-Input"]);
        Assert.True(headers["Signature"]);
        Assert.False(headers["Content-Digest"]);
        Assert.False(pending.TryGetProperty("security", out _));

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").EnumerateObject().Single();
        Assert.Equal("http", scheme.Value.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.Value.GetProperty("scheme").GetString());
        var portalRoute = paths.GetProperty("/v1/users/{userId}/challenges").GetProperty("post");
        Assert.Equal(scheme.Name, portalRoute.GetProperty("security").EnumerateArray().Single().EnumerateObject().Single().Name);
    }

    [Fact]
    public async Task The_passcode_routes_document_their_error_codes_and_optional_members()
    {
        var document = JsonDocument.Parse(await engine.Http.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = document.GetProperty("paths");
        string Codes(string path, string method, string status) => ErrorDescription(paths, path, method, status);

        Assert.Contains("`locked`", Codes("/v1/users/{userId}/passcodes/verify", "post", "423"), StringComparison.Ordinal);
        Assert.Contains("`user_not_found`", Codes("/v1/users/{userId}/passcodes/verify", "post", "404"), StringComparison.Ordinal);
        Assert.Contains("`too_many_attempts`", Codes("/v1/users/{userId}/passcodes", "post", "429"), StringComparison.Ordinal);
        Assert.Contains("`phone_number_missing`", Codes("/v1/users/{userId}/passcodes", "post", "409"), StringComparison.Ordinal);
        Assert.Contains("`invalid_phone_number`", Codes("/v1/users/{userId}/phone", "put", "400"), StringComparison.Ordinal);
        Assert.Contains("`invalid_code`", Codes("/v1/users/{userId}/totp/{totpId}/confirm", "post", "400"), StringComparison.Ordinal);
        Assert.Contains("`totp_not_found`", Codes("/v1/users/{userId}/totp/{totpId}", "delete", "404"), StringComparison.Ordinal);

        var schemas = document.GetProperty("components").GetProperty("schemas");
        var verdict = schemas.GetProperty("PasscodeVerificationResponse");
        Assert.Equal(["valid"], verdict.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("totp", schemas.GetProperty("DeviceActivatedResponse").GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        var account = schemas.GetProperty("AccountResponse").GetProperty("properties");
        Assert.True(account.TryGetProperty("passcodeLockedUntil", out _));
        Assert.True(account.TryGetProperty("phoneNumber", out _));
        Assert.Contains("phoneNumber", schemas.GetProperty("AccountResponse").GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        Assert.DoesNotContain("passcodeLockedUntil", schemas.GetProperty("AccountResponse").GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        var device = schemas.GetProperty("AccountDeviceDto").GetProperty("required").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains("deviceName", device);
        Assert.Contains("lastSeenAt", device);
    }

    private static string ErrorDescription(JsonElement paths, string path, string method, string status) =>
        paths.GetProperty(path).GetProperty(method).GetProperty("responses").GetProperty(status).GetProperty("description").GetString()!;
}
