using System.Globalization;
using System.Net;
using System.Text.Json;
using CsCheck;
using MfaGrains.Api.Tests.EndToEnd;
using static MfaGrains.Api.Tests.EndToEnd.Enrolments;

namespace MfaGrains.Api.Tests.Fuzz;

/// <summary>
/// Property-based fuzzing over every route (CsCheck): generated bad and odd requests get no 5xx (503 with Retry-After
/// aside), every 4xx is a problem with a code from the contract's list, and the sentinel user is unchanged afterwards.
/// CI runs <see cref="CiIterations"/> cases; <c>MFA_FUZZ_ITERATIONS</c> runs more (docs/benchmarks.md records a long run)
/// and <c>MFA_FUZZ_SEED</c> replays a failure CsCheck reported.
/// </summary>
public sealed class FuzzTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private const int CiIterations = 2500;

    [Fact]
    public async Task Generated_requests_over_every_route_get_no_5xx_every_4xx_is_a_contract_problem_and_the_sentinel_is_unchanged()
    {
        var sentinelUser = "sentinel." + Guid.NewGuid().ToString("N") + "@nhs.net";
        using var sentinelPhone = engine.NewPhone();
        await EnrolActive(engine.Portal, sentinelPhone, sentinelUser);
        await TestPortal.Expect(HttpStatusCode.Created, await engine.Portal.Send(HttpMethod.Post, TestPortal.Users(sentinelUser) + "/totp"));
        await TestPortal.Expect(HttpStatusCode.NoContent, await engine.Portal.Send(HttpMethod.Put, TestPortal.Users(sentinelUser) + "/phone", """{"phoneNumber":"+447700900123"}"""));
        var before = (await engine.Portal.GetAccount(sentinelUser)).GetRawText();

        var world = new FuzzWorld(engine.Host.BaseAddress, EngineHost.PortalKey, sentinelUser, sentinelPhone.DeviceId, sentinelPhone.Signer, () => engine.Host.Clock.GetUtcNow());
        var writer = new FuzzRequestWriter(world);
        var iterations = long.TryParse(Environment.GetEnvironmentVariable("MFA_FUZZ_ITERATIONS"), CultureInfo.InvariantCulture, out var asked) ? asked : CiIterations;
        await Cases().SampleAsync(
            async fuzz => Check(fuzz, await RawExchange.Send(world.Server, writer.Render(fuzz))),
            iter: iterations, threads: 4, seed: Environment.GetEnvironmentVariable("MFA_FUZZ_SEED"));

        Assert.Equal(before, (await engine.Portal.GetAccount(sentinelUser)).GetRawText());
        await TestPortal.Expect(HttpStatusCode.OK, await sentinelPhone.GetPending());
    }

    private static Gen<FuzzCase> Cases() =>
        Gen.Int[0, int.MaxValue].Array[10].Select(Gen.Bool, (n, chunked) => new FuzzCase(
            n[0] % FuzzRoutes.All.Length, n[1] % FuzzPools.Users.Length, n[2] % FuzzPools.Ids.Length, n[3] % FuzzPools.Bodies.Length,
            n[4] % FuzzPools.ContentTypes.Length, n[5] % FuzzPools.Auths.Length, n[6] % FuzzPools.Methods.Length,
            n[7] % FuzzPools.Signatures.Length, n[8] % FuzzPools.Numbers.Length, chunked, n[9]));

    private static void Check(FuzzCase fuzz, RawResponse response)
    {
        var status = response.Status;
        Assert.True(status is >= 200 and < 500 || (status == 503 && response.Headers.ContainsKey("Retry-After")), $"{status} for {fuzz}: {Shorten(response.Body)}");
        if (status is < 400 or >= 500)
        {
            return;
        }

        Assert.True(
            response.Headers.TryGetValue("Content-Type", out var type) && type.StartsWith("application/problem+json", StringComparison.Ordinal),
            $"{status} without a problem body for {fuzz}: {Shorten(response.Body)}");
        using var problem = JsonDocument.Parse(response.Body);
        var code = problem.RootElement.TryGetProperty("code", out var value) ? value.GetString() : null;
        Assert.True(code is not null && FuzzRoutes.Codes.Contains(code), $"{status} with code '{code}' for {fuzz}");
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300];
}
