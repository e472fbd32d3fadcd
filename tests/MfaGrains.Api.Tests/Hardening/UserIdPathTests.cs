using System.Net;
using MfaGrains.Api.Tests.EndToEnd;

namespace MfaGrains.Api.Tests.Hardening;

/// <summary>A user id reaches one account, whatever its spelling or the request target's dot segments.</summary>
public sealed class UserIdPathTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private readonly TestPortal _portal = engine.Portal;

    [Fact]
    public async Task A_raw_target_with_dot_segments_acts_on_the_user_the_normalised_path_names()
    {
        var kate = "kate." + Guid.NewGuid().ToString("N");
        var mallory = "mallory." + Guid.NewGuid().ToString("N");
        await TestPortal.Expect(HttpStatusCode.Created, await _portal.Send(HttpMethod.Post, TestPortal.Users(kate) + "/totp"));

        // The server removes "kate/.." and decodes %25 once, naming the user "mallory…%25"; the raw segment is "kate".
        var status = await RawHttp.Send(engine.Host.BaseAddress, "POST", $"/v1/users/{kate}/../{mallory}%2525/totp", $"Bearer {EngineHost.PortalKey}");

        Assert.Equal(201, status);
        var account = await _portal.GetAccount(kate);
        Assert.Equal(1, account.GetProperty("totp").GetArrayLength());
        var other = await _portal.GetAccount(mallory + "%25");
        Assert.Equal(mallory + "%25", other.GetProperty("userId").GetString());
    }

    [Fact]
    public async Task Decomposed_and_precomposed_ids_reach_one_account()
    {
        var suffix = Guid.NewGuid().ToString("N");
        await TestPortal.Expect(HttpStatusCode.Created, await _portal.Send(HttpMethod.Post, TestPortal.Users($"zo\u00EB.{suffix}") + "/totp"));

        var account = await _portal.GetAccount($"Zoe\u0308.{suffix}");

        Assert.Equal($"zo\u00EB.{suffix}", account.GetProperty("userId").GetString());
    }

    [Fact]
    public async Task A_zero_width_space_cannot_make_a_look_alike_account()
    {
        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "validation_failed",
            await _portal.Send(HttpMethod.Post, TestPortal.Users($"kate\u200B.{Guid.NewGuid():N}") + "/totp"));
    }
}
