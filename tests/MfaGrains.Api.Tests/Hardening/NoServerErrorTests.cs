using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MfaGrains.Api.Tests.EndToEnd;

namespace MfaGrains.Api.Tests.Hardening;

/// <summary>Requests a hostile client found answered with 500 now get a 4xx problem and change nothing.</summary>
public sealed class NoServerErrorTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private readonly TestPortal _portal = engine.Portal;

    [Theory]
    [InlineData("%20")]
    [InlineData("%C2%A0")]
    [InlineData("%E2%80%A8")]
    [InlineData("%E3%80%80")]
    [InlineData("%20%09%20")]
    public async Task A_user_id_of_white_space_only_is_400_validation_failed(string escaped)
    {
        foreach (var (method, path) in new[] { (HttpMethod.Get, ""), (HttpMethod.Post, "/totp"), (HttpMethod.Post, "/enrolments"), (HttpMethod.Post, "/unlock") })
        {
            var body = method == HttpMethod.Post && path == "/enrolments" ? "{}" : null;
            await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "validation_failed", await _portal.Send(method, "/v1/users/" + escaped + path, body));
        }
    }

    [Theory]
    [InlineData("%7B%7D")]
    [InlineData("jane%7B0%7Ddoe")]
    [InlineData("%7Bjane")]
    public async Task A_user_id_with_braces_is_400_and_leaves_no_user(string escaped)
    {
        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "validation_failed", await _portal.Send(HttpMethod.Post, "/v1/users/" + escaped + "/totp"));
        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "validation_failed", await _portal.Send(HttpMethod.Get, "/v1/users/" + escaped));
    }

    [Theory]
    [InlineData("application/json; charset=\"utf-8\"")]
    [InlineData("application/json; charset=bogus")]
    [InlineData("application/json; charset=\"bogus\"")]
    public async Task A_quoted_utf8_charset_is_read_and_an_unknown_one_is_415(string contentType)
    {
        var userId = EngineFixture.NewUserId();
        using var request = new HttpRequestMessage(HttpMethod.Post, TestPortal.Users(userId) + "/enrolments")
        {
            Content = new ByteArrayContent("{}"u8.ToArray()),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", EngineHost.PortalKey);
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await engine.Http.SendAsync(request);

        if (contentType.Contains("utf-8", StringComparison.Ordinal))
        {
            await TestPortal.Expect(HttpStatusCode.Created, response);
        }
        else
        {
            await TestPortal.ExpectProblem(HttpStatusCode.UnsupportedMediaType, "unsupported_media_type", response);
            await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "user_not_found", await _portal.Send(HttpMethod.Get, TestPortal.Users(userId)));
        }
    }

    [Fact]
    public async Task A_wrong_portal_key_with_a_wrong_content_type_is_401_not_415()
    {
        var stranger = new TestPortal(engine.Http, "not-a-key");

        await TestPortal.ExpectProblem(HttpStatusCode.Unauthorized, "unauthenticated",
            await stranger.Send(HttpMethod.Post, TestPortal.Users(EngineFixture.NewUserId()) + "/enrolments", "x=1", "application/x-www-form-urlencoded"));
    }

    [Theory]
    [InlineData("Post")]
    [InlineData("post")]
    [InlineData("pOST")]
    public async Task Method_names_are_case_sensitive(string method)
    {
        var userId = EngineFixture.NewUserId();

        var status = await RawHttp.Send(engine.Host.BaseAddress, method, TestPortal.Users(userId) + "/enrolments", $"Bearer {EngineHost.PortalKey}");

        Assert.Equal(405, status);
        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "user_not_found", await _portal.Send(HttpMethod.Get, TestPortal.Users(userId)));
    }
}
