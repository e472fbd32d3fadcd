using System.Net;
using System.Text.Json;
using MfaGrains.Api.Tests.Enrolment;
using static MfaGrains.Api.Tests.EndToEnd.Enrolments;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>A standalone TOTP authenticator for any app: Key URI and QR code, confirmation by oathtool's first code, verification, removal.</summary>
public sealed class TotpAuthenticatorTests(PasscodeEngineFixture engine) : IClassFixture<PasscodeEngineFixture>
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);
    private readonly TestPortal _portal = engine.Portal;

    private DateTimeOffset Now => engine.Host.Clock.GetUtcNow();

    [Fact]
    public async Task Creation_answers_with_the_seed_and_a_key_uri_that_parses_back_to_it()
    {
        var userId = EngineFixture.NewUserId();

        var response = await _portal.Send(HttpMethod.Post, TestPortal.Users(userId) + "/totp");

        var created = await TestPortal.Expect(HttpStatusCode.Created, response);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.StartsWith("totp_", Id(created, "totpId"), StringComparison.Ordinal);
        Assert.Equal($"{TestPortal.Users(userId.ToLowerInvariant())}/totp/{Id(created, "totpId")}", response.Headers.Location?.OriginalString);
        Assert.Matches("^[A-Z2-7]{32}$", Id(created, "secret"));
        var uri = KeyUri.Parse(Id(created, "otpauthUri"));
        Assert.Equal(("totp", "MfaGrains", userId.ToLowerInvariant()), (uri.Type, uri.LabelIssuer, uri.Account));
        Assert.Equal(Id(created, "secret"), uri.Parameters["secret"]);
        Assert.Equal("MfaGrains", uri.Parameters["issuer"]);
        Assert.Equal(("SHA1", "6", "30"), (uri.Parameters["algorithm"], uri.Parameters["digits"], uri.Parameters["period"]));
    }

    [Fact]
    public async Task Its_qr_code_reads_back_the_key_uri_until_a_first_code_confirms_it()
    {
        var userId = EngineFixture.NewUserId();
        var created = await _portal.CreateTotp(userId);
        var qrPath = $"{TestPortal.Users(userId)}/totp/{Id(created, "totpId")}/qr";

        var png = await _portal.Send(HttpMethod.Get, qrPath);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.True(png.Headers.CacheControl?.NoStore);
        var scanned = QrDecoding.DecodePng(await png.Content.ReadAsByteArrayAsync());
        Assert.Equal(Id(created, "otpauthUri"), scanned);
        Assert.Equal(Id(created, "secret"), KeyUri.Parse(scanned).Parameters["secret"]);
        var svg = await _portal.Send(HttpMethod.Get, qrPath + "?format=svg");
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.True(svg.Headers.CacheControl?.NoStore);
        var drawn = await QrDecoding.DecodeSvg(await svg.Content.ReadAsStringAsync());
        Assert.Equal(Id(created, "otpauthUri"), drawn);
        Assert.Equal(Id(created, "secret"), KeyUri.Parse(drawn).Parameters["secret"]);
        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "validation_failed", await _portal.Send(HttpMethod.Get, qrPath + "?format=gif"));

        var confirmed = await _portal.ConfirmTotp(userId, Id(created, "totpId"), OathTool.Totp(Id(created, "secret"), Now));
        await TestPortal.Expect(HttpStatusCode.NoContent, confirmed);

        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "totp_not_found", await _portal.Send(HttpMethod.Get, qrPath));
    }

    [Fact]
    public async Task Wrong_confirming_codes_are_invalid_code_and_do_not_lock_passcodes()
    {
        var userId = EngineFixture.NewUserId();
        var created = await _portal.CreateTotp(userId);
        var right = OathTool.Totp(Id(created, "secret"), Now);
        var wrong = right == "000000" ? "000001" : "000000";

        for (var i = 0; i < 6; i++)
        {
            await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "invalid_code", await _portal.ConfirmTotp(userId, Id(created, "totpId"), i % 2 == 0 ? wrong : "12ab"));
        }

        Assert.False((await _portal.GetAccount(userId)).TryGetProperty("passcodeLockedUntil", out _));
        await TestPortal.Expect(HttpStatusCode.NoContent, await _portal.ConfirmTotp(userId, Id(created, "totpId"), right));
    }

    [Fact]
    public async Task A_confirmed_authenticator_verifies_with_its_id_from_the_next_step_until_removed()
    {
        var userId = EngineFixture.NewUserId();
        var created = await _portal.CreateTotp(userId);
        var (totpId, secret) = (Id(created, "totpId"), Id(created, "secret"));
        var unconfirmed = await _portal.GetAccount(userId);
        Assert.False(Assert.Single(unconfirmed.GetProperty("totp").EnumerateArray()).GetProperty("confirmed").GetBoolean());
        var confirming = OathTool.Totp(secret, Now);
        await TestPortal.Expect(HttpStatusCode.NoContent, await _portal.ConfirmTotp(userId, totpId, confirming));
        await TestPortal.Expect(HttpStatusCode.NoContent, await _portal.ConfirmTotp(userId, totpId, "anything"));

        Assert.False((await _portal.VerifyOk(userId, confirming)).GetProperty("valid").GetBoolean());
        var verdict = await _portal.VerifyOk(userId, OathTool.Totp(secret, Now + Step));
        Assert.Equal("totp", Id(verdict, "method"));
        Assert.Equal(totpId, Id(verdict, "totpId"));
        Assert.False(verdict.TryGetProperty("deviceId", out _));
        var listed = Assert.Single((await _portal.GetAccount(userId)).GetProperty("totp").EnumerateArray());
        Assert.Equal(totpId, Id(listed, "totpId"));
        Assert.True(listed.GetProperty("confirmed").GetBoolean());
        Assert.EndsWith("Z", Id(listed, "createdAt"), StringComparison.Ordinal);
        Assert.Equal(3, listed.EnumerateObject().Count());

        await TestPortal.Expect(HttpStatusCode.NoContent, await _portal.Send(HttpMethod.Delete, $"{TestPortal.Users(userId)}/totp/{totpId}"));

        Assert.Empty((await _portal.GetAccount(userId)).GetProperty("totp").EnumerateArray());
        Assert.False((await _portal.VerifyOk(userId, OathTool.Totp(secret, Now + (2 * Step)))).GetProperty("valid").GetBoolean());
        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "totp_not_found", await _portal.Send(HttpMethod.Delete, $"{TestPortal.Users(userId)}/totp/{totpId}"));
    }

    [Fact]
    public async Task Unknown_authenticators_are_totp_not_found()
    {
        var userId = EngineFixture.NewUserId();
        await _portal.CreateTotp(userId);
        var path = $"{TestPortal.Users(userId)}/totp/totp_unknown";

        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "totp_not_found", await _portal.ConfirmTotp(userId, "totp_unknown", "123456"));
        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "totp_not_found", await _portal.Send(HttpMethod.Get, path + "/qr"));
        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "totp_not_found", await _portal.Send(HttpMethod.Delete, path));
    }

    [Fact]
    public async Task A_sixth_authenticator_is_too_many_devices()
    {
        var userId = EngineFixture.NewUserId();
        for (var i = 0; i < 5; i++)
        {
            await _portal.CreateTotp(userId);
        }

        await TestPortal.ExpectProblem(HttpStatusCode.Conflict, "too_many_devices", await _portal.Send(HttpMethod.Post, TestPortal.Users(userId) + "/totp"));
    }

    /// <summary>A Key URI as an authenticator app reads it: <c>otpauth://TYPE/ISSUER:ACCOUNT?PARAMETERS</c>, each part URL-decoded.</summary>
    private sealed record KeyUri(string Type, string LabelIssuer, string Account, IReadOnlyDictionary<string, string> Parameters)
    {
        public static KeyUri Parse(string text)
        {
            var uri = new Uri(text);
            Assert.Equal("otpauth", uri.Scheme);
            var label = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
            var colon = label.IndexOf(':', StringComparison.Ordinal);
            var parameters = uri.Query.TrimStart('?').Split('&')
                .Select(pair => pair.Split('=', 2))
                .ToDictionary(pair => pair[0], pair => Uri.UnescapeDataString(pair[1]), StringComparer.Ordinal);
            return new KeyUri(uri.Host, label[..colon], label[(colon + 1)..], parameters);
        }
    }
}
