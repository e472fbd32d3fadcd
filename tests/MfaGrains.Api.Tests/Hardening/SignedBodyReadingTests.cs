using System.Net;
using System.Text.Json.Nodes;
using MfaGrains.Api.Tests.EndToEnd;
using static MfaGrains.Api.Tests.EndToEnd.Enrolments;

namespace MfaGrains.Api.Tests.Hardening;

/// <summary>The activation body is read once: the key that verified the signature is the key stored.</summary>
public sealed class SignedBodyReadingTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Theory]
    [InlineData("PublicKey")]
    [InlineData("publicKey")]
    [InlineData("PUBLICKEY")]
    public async Task An_activation_naming_a_second_key_is_400_and_the_enrolment_stays_open(string secondName)
    {
        var enrolment = await engine.Portal.CreateEnrolment(EngineFixture.NewUserId());
        using var phone = engine.NewPhone();
        using var other = engine.NewPhone();
        var body = phone.ActivationBody(Id(enrolment, "activationCode")).ToJsonString();
        var otherKey = other.ActivationBody("000000000")["publicKey"]!.ToJsonString();
        var doubled = body[..^1] + $",\"{secondName}\":{otherKey}}}";

        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "validation_failed", await phone.Send(HttpMethod.Post, "/v1/devices", doubled));

        Assert.Equal("awaitingActivation", Id(await engine.Portal.GetEnrolment(Id(enrolment, "userId"), Id(enrolment, "enrolmentId")), "status"));
        await TestPortal.Expect(HttpStatusCode.Created, await phone.Activate(Id(enrolment, "activationCode")));
        await TestPortal.Expect(HttpStatusCode.OK, await phone.GetPending());
    }

    [Fact]
    public async Task A_duplicated_member_in_a_portal_body_is_400()
    {
        var userId = EngineFixture.NewUserId();

        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "validation_failed",
            await engine.Portal.Send(HttpMethod.Put, TestPortal.Users(userId) + "/phone", """{"phoneNumber":"+447700900123","PhoneNumber":"+447700900999"}"""));
    }

    [Fact]
    public async Task An_activation_body_without_a_key_object_is_400()
    {
        var enrolment = await engine.Portal.CreateEnrolment(EngineFixture.NewUserId());
        using var phone = engine.NewPhone();
        var body = phone.ActivationBody(Id(enrolment, "activationCode"));
        body["publicKey"] = JsonValue.Create("not a key");

        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "validation_failed", await phone.Send(HttpMethod.Post, "/v1/devices", body.ToJsonString()));
    }
}
