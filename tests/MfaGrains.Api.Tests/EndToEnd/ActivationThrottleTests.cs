using System.Net;
using static MfaGrains.Api.Tests.EndToEnd.Enrolments;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>Activation-code guessing is throttled per client address; only wrong codes count. Its own engine, as it blocks loopback.</summary>
public sealed class ActivationThrottleTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task Ten_wrong_codes_from_one_address_then_429_even_for_a_right_code()
    {
        var enrolment = await engine.Portal.CreateEnrolment(EngineFixture.NewUserId());
        using var phone = engine.NewPhone();
        var right = await phone.Activate(Id(enrolment, "activationCode"));
        Assert.Equal(HttpStatusCode.Created, right.StatusCode);

        var second = await engine.Portal.CreateEnrolment(EngineFixture.NewUserId());
        using var guesser = engine.NewPhone();
        for (var i = 0; i < 10; i++)
        {
            await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "invalid_activation_code", await guesser.Activate($"{i:D9}"));
        }

        var throttled = await guesser.Activate(Id(second, "activationCode"));
        await TestPortal.ExpectProblem(HttpStatusCode.TooManyRequests, "too_many_attempts", throttled);
        Assert.True(throttled.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("awaitingActivation", Id(await engine.Portal.GetEnrolment(Id(second, "userId"), Id(second, "enrolmentId")), "status"));
    }
}
